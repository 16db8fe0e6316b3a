"""Cross-gig rules (GC901 shared-contact-detail, GC902 copied-description): case folders
of several gigs, the two-pass machinery, and the indexes on their own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_cases import batch_cases
from ci_support import gigcheck, write

from gigcheck.detectors.minhash import signature, similarity
from gigcheck.engine.indexes import ExactIndex, NearDuplicateIndex, lsh_bands
from gigcheck.engine.runner import iter_results
from gigcheck.rules.registry import ALL_RULES

BATCH_RULES = [r for r in ALL_RULES if r.kind == "batch"]
CASES = [pytest.param(rule, case, id=case.name) for rule in BATCH_RULES for case in batch_cases(rule)]


def _fmt(f) -> str:
    return f"{f.line}:{f.column}-{f.end_line}:{f.end_column}"


@pytest.mark.parametrize("rule,case", CASES)
def test_batch_case(rule, case, default_config):
    got = [
        (Path(r.path).name, _fmt(f))
        for r in iter_results([str(p) for p in case.gigs], default_config)
        for f in r.findings
        if f.rule == rule.code
    ]
    assert got == case.wanted


def test_case_folders_name_real_rules():
    from batch_cases import CASES as ROOT

    names = {f"{r.code}-{r.name}" for r in ALL_RULES}
    for folder in ROOT.iterdir():
        if folder.is_dir():
            assert folder.name in names, folder.name


def test_messages_name_the_other_drafts(tmp_path):
    for name in ("a", "b", "c"):
        write(tmp_path, f"{name}.md", f"---\ntitle: I will help {name}\n---\nMail bob.smith@gmail.com now.\n")
    run = gigcheck("check", str(tmp_path), "--format", "json", "--select", "GC201,GC901")
    files = run.json()["files"]
    first = [f for f in files[0]["findings"] if f["rule"] == "GC901"][0]
    assert first["message"] == (
        f"This contact detail also appears in 2 other drafts: {tmp_path}/b.md and {tmp_path}/c.md."
    )
    assert first["category"] == "cross-gig" and first["severity"] == "error" and first["excerpt"] == "bob.smith@gmail.com"


def test_findings_carry_the_drafts_they_name(tmp_path, default_config):
    # What reports link to (the HTML report's cross-links): the paths, not only the message.
    paths = [str(write(tmp_path, f"{n}.md", f"---\ntitle: I will help {n}\n---\nMail bob.smith@gmail.com.\n"))
             for n in ("a", "b", "c")]
    results = list(iter_results(paths, default_config))
    related = [[f.related for f in r.findings if f.rule == "GC901"] for r in results]
    assert related == [[(paths[1], paths[2])], [(paths[0], paths[2])], [(paths[0], paths[1])]]
    assert all(f.related == () for r in results for f in r.findings if f.rule != "GC901")


def test_many_others_are_counted_not_listed(tmp_path):
    for i in range(6):
        write(tmp_path, f"g{i}.md", f"---\ntitle: I will help {i}\n---\nMail bob.smith@gmail.com now.\n")
    run = gigcheck("check", str(tmp_path), "--format", "json", "--select", "GC201,GC901")
    msg = [f for f in run.json()["files"][0]["findings"] if f["rule"] == "GC901"][0]["message"]
    assert msg.endswith("5 other drafts: " f"{tmp_path}/g1.md, {tmp_path}/g2.md, {tmp_path}/g3.md and 2 other drafts.")


def test_a_single_input_has_no_cross_gig_findings(tmp_path):
    p = write(tmp_path, "a.md", "Mail bob.smith@gmail.com now.\n")
    assert not [f for r in iter_results([str(p)], _config()) for f in r.findings if f.rule.startswith("GC9")]


def _config(**kw):
    from gigcheck.policy.config import load_config

    return load_config(discover=False, **kw)


def test_redact_masks_the_shared_detail(tmp_path):
    for name in ("a", "b"):
        write(tmp_path, f"{name}.md", "Mail bob.smith@gmail.com now.\n")
    run = gigcheck("check", str(tmp_path), "--format", "json", "--redact", "--select", "GC201,GC901")
    shared = [f for f in run.json()["files"][0]["findings"] if f["rule"] == "GC901"][0]
    assert "bob.smith" not in json.dumps(shared) and shared["excerpt"].startswith("b*")


def test_unused_suppression_never_judges_batch_rules(tmp_path):
    """Whether a cross-gig finding arises is unknown while one gig is checked."""
    write(tmp_path, "a.md", "<!-- gigcheck-disable-file copied-description -->\nA short text.\n")
    write(tmp_path, "b.md", "Another short text.\n")
    run = gigcheck("check", str(tmp_path), "--format", "json", "--select", "GC002,GC902")
    assert all(not f["findings"] for f in run.json()["files"])


def test_baseline_accepts_cross_gig_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b"):
        write(tmp_path, f"gigs/{name}.md", "Mail bob.smith@gmail.com now.\n")
    assert gigcheck("check", "gigs", "--write-baseline", "base.json").code == 0
    again = gigcheck("check", "gigs", "--baseline", "base.json", "--format", "json")
    assert again.code == 0 and all(not f["findings"] for f in again.json()["files"])


def test_rows_match_across_sellers_and_name_fields(tmp_path):
    long = " ".join(f"word{i}" for i in range(40))
    rows = [
        {"id": "1", "seller": "anna", "title": "I will help", "description": long},
        {"id": "2", "seller": "anna", "title": "I will help too", "description": long},
        {"id": "3", "seller": "ben", "title": "I will also help", "description": long},
    ]
    path = write(tmp_path, "x.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    run = gigcheck("check", "--input-format", "jsonl", str(path), "--format", "json", "--select", "GC902")
    found = {f["path"].split("#")[1]: f["findings"] for f in run.json()["files"]}
    # Anna's two drafts are not copies of each other, but both are copies of Ben's.
    assert [f["message"] for f in found["1"]] == [f"This description is 100% the same as {path}#3."]
    assert [f["message"] for f in found["3"]] == [f"This description is 100% the same as {path}#1 and {path}#2."]
    assert found["1"][0]["section"] == "description"


def _description(words: list[str]) -> str:
    return "---\ntitle: I will help\n---\n## Description\n" + " ".join(words) + "\n"


def test_copied_description_names_each_drafts_own_share(tmp_path):
    """GC902 says how alike each named draft is, not one figure for all of them."""
    base = [f"w{i}" for i in range(120)]
    near = [w if i % 40 else f"x{i}" for i, w in enumerate(base)]  # 3 words changed
    far = [w if i % 20 else f"y{i}" for i, w in enumerate(base)]  # 6 words changed
    for name, words in (("a", base), ("b", near), ("c", far)):
        write(tmp_path, f"{name}.md", _description(words))
    run = gigcheck("check", str(tmp_path), "--format", "json", "--select", "GC902")
    (found,) = run.json()["files"][0]["findings"]
    sig = {n: signature(" ".join(w)) for n, w in (("a", base), ("b", near), ("c", far))}
    pb, pc = (int(similarity(sig["a"], sig[n]) * 100) for n in ("b", "c"))
    assert pb > pc  # the test means something only if the two shares differ
    assert found["message"] == f"This description is {pb}% the same as {tmp_path}/b.md; {pc}% the same as {tmp_path}/c.md."


def test_copied_description_counts_the_drafts_it_does_not_name(tmp_path):
    base = " ".join(f"w{i}" for i in range(60))
    for i in range(5):
        write(tmp_path, f"g{i}.md", _description([base]))
    run = gigcheck("check", str(tmp_path), "--format", "json", "--select", "GC902")
    (found,) = run.json()["files"][0]["findings"]
    names = ", ".join(f"{tmp_path}/g{i}.md" for i in (1, 2)) + f" and {tmp_path}/g3.md"
    assert found["message"] == f"This description is 100% the same as {names}; at least 100% the same as 1 other draft."


def test_signatures_estimate_similarity():
    text = " ".join(f"w{i}" for i in range(200))
    assert similarity(signature(text), signature(text.upper() + " !")) == 1.0
    half = " ".join(f"w{i}" for i in range(100)) + " " + " ".join(f"x{i}" for i in range(100))
    assert 0.2 < similarity(signature(text), signature(half)) < 0.5  # true Jaccard 98/300
    assert signature("too short", min_words=30) is None


def test_lsh_bands_follow_the_threshold():
    b, r = lsh_bands(0.6)
    assert b * r <= 64 and abs((1 / b) ** (1 / r) - 0.6) < 0.1


def test_near_duplicate_index_leaves_owners_alone():
    base = " ".join(f"w{i}" for i in range(100))
    sig = signature(base)
    other = signature(" ".join(f"z{i}" for i in range(100)))
    index = NearDuplicateIndex(0.6)
    for gig, owner, s in [(0, 7, sig), (1, 7, sig), (2, -3, sig), (4, -5, other)]:
        index.add(gig, owner, s)
    index.finish()
    assert index.match(0, 7, sig).others == (2,)
    assert index.match(2, -3, sig).others == (0, 1) and index.match(2, -3, sig).total == 2
    assert index.match(4, -5, other) is None
    assert index.match(3, -4, sig) is None  # a gig that was never added


def test_exact_index():
    index = ExactIndex()
    index.add(0, -1, "a@b.co")
    index.add(1, -2, "a@b.co")
    index.add(2, 5, "x@y.co")
    index.finish()
    assert index.match(0, -1, "a@b.co").others == (1,)
    assert index.match(2, 5, "x@y.co") is None
