"""Rules written as data: a pack's `[define.<name>]` tables (rules/data.py), the linear-time
check of their regular expressions (rules/regex_safety.py), and how they join the
configuration like built-in rules (--select/--ignore, [rules.x], suppressions, `gigcheck
rules`, pickled configs for spawned workers).

`data_pack/house.toml` defines one rule of each kind; `data_pack/cases/<CODE>-<name>.md`
hold their cases in markdown-it's fixture format (see test_rule_cases.py), checked to the
exact line:col-end_line:end_col.
"""
from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from conftest import ROOT, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it.utils import read_fixture_file
from table_support import table_test

from gigcheck import lint_text
from gigcheck.policy.config import ConfigError, load_config
from gigcheck.policy.packs import PolicyError, load_pack
from gigcheck.rules.base import check_declaration
from gigcheck.rules.data import DataRule, make_rule
from gigcheck.rules.regex_safety import UnsafePattern, analyze

HERE = Path(__file__).parent / "data_pack"
PACK = HERE / "house.toml"
CASES = HERE / "cases"
SAMPLE = ROOT / "docs" / "packs" / "house-style.toml"
CODES = {"GC150": "title-words", "GC350": "price-in-text", "GC651": "no-hype", "GC652": "house-spelling"}


@pytest.fixture(scope="module")
def house():
    return load_config(policy=str(PACK), discover=False)


def _fmt(f) -> str:
    return f"{f.line}:{f.column}-{f.end_line}:{f.end_column}"


def _defined(config) -> list[type[DataRule]]:
    return [r for r in config.registry if issubclass(r, DataRule)]


def _cases():
    for path in sorted(CASES.glob("*.md")):
        code = path.name.split("-", 1)[0]
        for line, title, gig, expected in read_fixture_file(path):
            yield pytest.param(code, gig, expected, id=f"{path.stem}:{line}:{title}")


@pytest.mark.parametrize("code,gig,expected", list(_cases()))
def test_case(code, gig, expected, house):
    got = [_fmt(f) for f in lint_text(gig, config=house) if f.rule == code]
    want = [w.strip() for w in expected.splitlines() if w.strip()]
    assert got == want


def test_the_pack_defines_one_rule_of_each_kind_with_cases(house):
    rules = _defined(house)
    assert {r.code: r.name for r in rules} == CODES
    assert sorted(r.data_kind for r in rules) == ["existence", "limit", "pattern", "substitution"]
    for r in rules:
        files = list(CASES.glob(f"{r.code}-{r.name}.md"))
        assert files, r.code
        cases = [c for f in files for c in read_fixture_file(f)]
        assert any(exp.strip() for *_, exp in cases) and any(not exp.strip() for *_, exp in cases), r.code
    for path in CASES.glob("*.md"):
        code, _, name = path.stem.partition("-")
        assert CODES.get(code) == name, path.name


@pytest.mark.parametrize("pack", [PACK, SAMPLE], ids=["test pack", "sample pack"])
def test_examples_are_flagged_and_accepted_like_built_ins(pack):
    config = load_config(policy=str(pack), discover=False)
    rules = _defined(config)
    assert len(rules) >= 4
    for r in rules:
        assert check_declaration(r) == [], r.name
        assert r.__doc__ and r.summary
        flagged = [f for f in lint_text(r.bad_example, config=config) if f.rule == r.code]
        accepted = [f for f in lint_text(r.good_example, config=config) if f.rule == r.code]
        assert flagged and not accepted, r.name


def test_messages_suggestions_and_severities(house):
    gig = "---\ntitle: I will edit your youtube videos\n---\nSend the brief now, it costs $ 20.\n"
    found = {f.rule: f for f in lint_text(gig, config=house)}
    assert found["GC652"].message == 'Use "YouTube" instead of "youtube".'
    assert found["GC652"].suggestion == 'Write "YouTube".'
    assert str(found["GC652"].severity) == "warning"  # the pack's [rules.house-spelling] over the definition's info
    assert found["GC350"].message == "A price ($ 20) in the text: buyers pay what the packages say."
    assert found["GC350"].suggestion == "Move the $20 into a package or an extra."  # a named group
    assert str(found["GC350"].severity) == "error"
    assert found["GC350"].category == "payment" and found["GC350"].name == "price-in-text"
    e_mail = [f for f in lint_text("Send the E-MAIL.\n", config=house) if f.rule == "GC652"]
    assert e_mail[0].message == 'Use "EMAIL" instead of "E-MAIL".'


def test_phrases_across_a_line_break_are_quoted_on_one_line(house):
    found = [f for f in lint_text("Your web\nsite is live.\n", config=house) if f.rule == "GC652"]
    assert [(_fmt(f), f.message) for f in found] == [("1:6-2:5", 'Use "website" instead of "web site".')]


# --- more of each kind, defined inline -----------------------------------------------------


def _config(tmp_path, toml: str, **kw):
    pack = tmp_path / "pack.toml"
    pack.write_text(toml + '\n[pack]\nname = "t"\nextends = "fiverr"\n', encoding="utf-8")
    return load_config(policy=str(pack), discover=False, **kw)


def _found(config, gig: str, code: str) -> list[str]:
    return [_fmt(f) for f in lint_text(gig, config=config) if f.rule == code]


GIG = """---
title: I will design a logo
tags: [logo, brand, vector, minimalist]
packages:
  basic:
    price: 10
    description: One cheap concept
  premium:
    price: 50
    description: Three concepts
---
I design logos. Cheap and quick.

## Extras

### Fast delivery
Price: $10
Delivery: -1 day

Your files sooner, cheap.

### Source files
Price: $20

The vector sources, not cheap.
"""


def test_existence_case_rules_and_scopes(tmp_path):
    cfg = _config(tmp_path, """
[define.cheap-everywhere]
kind = "existence"
code = "GC660"
category = "wording"
summary = "Cheap."
tokens = ["cheap"]
ignorecase = false
scope = ["packages", "extra:fast*"]
""")
    # lower case only; package descriptions and the extra whose name matches, not the other
    assert _found(cfg, GIG, "GC660") == ["7:22-7:27", "20:20-20:25"]


def test_limit_items_over_and_under(tmp_path):
    cfg = _config(tmp_path, """
[define.tag-count]
kind = "limit"
code = "GC160"
category = "listing"
summary = "Tags."
field = "tags"
max = 2

[define.extra-count]
kind = "limit"
code = "GC560"
category = "extras"
summary = "Extras."
field = "extras"
max = 1

[define.package-count]
kind = "limit"
code = "GC161"
category = "listing"
summary = "Packages."
field = "packages"
min = 3
message = "Offer {limit} packages, not {count}."
""")
    assert _found(cfg, GIG, "GC160") == ["3:21-3:39"]  # vector, minimalist
    assert _found(cfg, GIG, "GC560") == ["22:5-22:17"]  # the second extra's heading
    found = [f for f in lint_text(GIG, config=cfg) if f.rule == "GC161"]
    assert [f.message for f in found] == ["Offer 3 packages, not 2."]
    assert found[0].suggestion == "Add packages until the gig has 3 packages."


def test_limit_characters_and_words_of_sections_and_extras(tmp_path):
    cfg = _config(tmp_path, """
[define.short-description]
kind = "limit"
code = "GC162"
category = "listing"
summary = "Description length."
field = "description"
max = 20

[define.extra-words]
kind = "limit"
code = "GC561"
category = "extras"
summary = "Extra description words."
field = "extra-description"
measure = "words"
min = 5
""")
    # the 21st character a buyer sees ("p" of "Cheap") up to the end of its paragraph
    found = [f for f in lint_text(GIG, config=cfg) if f.rule == "GC162"]
    assert [_fmt(f) for f in found] == ["12:21-12:33"]
    assert found[0].message == "The description is too long: 32 characters, the limit is 20."
    words = [f for f in lint_text(GIG, config=cfg) if f.rule == "GC561"]
    assert [_fmt(f) for f in words] == ["16:5-16:18"]  # "Your files sooner, cheap." has 4 words
    assert words[0].message == 'The description of the extra "Fast delivery" is too short: 4 words; the minimum is 5.'


def test_limit_messages_say_one_in_the_singular(tmp_path):
    cfg = _config(tmp_path, """
[define.one-tag]
kind = "limit"
code = "GC163"
category = "listing"
summary = "One tag."
field = "tags"
max = 1

[define.title-words]
kind = "limit"
code = "GC164"
category = "listing"
summary = "Title words."
field = "title"
measure = "words"
min = 8
""")
    (tags,) = [f for f in lint_text(GIG, config=cfg) if f.rule == "GC163"]
    assert tags.message == "The gig has too many tags: 4; the limit is 1."
    assert tags.suggestion == "Keep the 1 tag buyers care most about."
    (words,) = [f for f in lint_text("---\ntitle: Logo\n---\nText.\n", config=cfg) if f.rule == "GC164"]
    assert words.message == "The title is too short: 1 word; the minimum is 8." and words.suggestion == (
        "Make it at least 8 words long.")


def test_pattern_scans_runs_not_markup(tmp_path):
    cfg = _config(tmp_path, r"""
[define.shouted-number]
kind = "pattern"
code = "GC661"
category = "wording"
summary = "Numbers in words."
pattern = '\b(?:one|two|three)\s+(?P<what>concepts?)\b'
message = "Write the number of {what} in digits."
scope = ["packages", "description"]
""")
    found = [f for f in lint_text(GIG, config=cfg) if f.rule == "GC661"]
    # "One cheap concept" does not match; "Three concepts" in the premium package does
    assert [(_fmt(f), f.message) for f in found] == [("10:18-10:32", "Write the number of concepts in digits.")]


# --- errors -------------------------------------------------------------------------------

BASE = """
[define.x]
kind = "existence"
code = "GC690"
category = "wording"
summary = "X."
tokens = ["cheap"]
"""

ERRORS = [
    (BASE + 'colour = "red"\n', "'define.x.colour' is not a key of existence rules"),
    (BASE.replace('tokens = ["cheap"]', 'tokens = "cheap"'), "'define.x.tokens' must be a list, not a string"),
    (BASE.replace('"existence"', '"grammar"'), "'define.x.kind' must be one of existence, substitution, pattern, limit"),
    (BASE.replace("GC690", "GC150"), "'define.x.code' GC150 is outside the GC6xx range of category wording"),
    (BASE.replace("GC690", "GC601"), "'define.x.code' code GC601 is taken by the built-in rule GC601 shouting"),
    (BASE.replace("GC690", "GC508").replace('"wording"', '"extras"'), "code GC508 is taken by the built-in rule GC601 shouting"),
    (BASE.replace("[define.x]", "[define.shouting]"), "'define.shouting' name shouting is taken by the built-in"),
    (BASE.replace("[define.x]", "[define.Bad_Name]"), "'define.Bad_Name' is not a kebab-case rule name"),
    (BASE + BASE.replace("[define.x]", "[define.y]"), "'define.y.code' GC690 is also the code of 'define.x'"),
    (BASE.replace('summary = "X."\n', ""), "'define.x' has no 'summary'"),
    (BASE.replace('"wording"', '"cross-gig"'), "'define.x.category' must be one of listing, contact"),
    (BASE + 'severity = "fatal"\n', "'define.x.severity' unknown severity 'fatal'"),
    (BASE + 'message = "No {word}."\n', "'define.x.message' uses {word}; known fields: {match}, {token}"),
    (BASE + 'message = "No {match.__class__}."\n', "'define.x.message' uses {match.__class__}"),
    (BASE + 'scope = ["body"]\n', "'define.x.scope' has unknown part 'body'"),
    (BASE.replace('tokens = ["cheap"]', "tokens = []"), "'define.x.tokens' must not be empty"),
    (BASE.replace('kind = "existence"', 'kind = "pattern"').replace('tokens = ["cheap"]', "pattern = '(a+)+b'"),
     "'define.x.pattern' is refused: pattern '(a+)+b': nested repeat `(a+)+`"),
    (BASE.replace('kind = "existence"', 'kind = "pattern"').replace('tokens = ["cheap"]', r"pattern = '(\w)\1'"),
     "a backreference"),
    (BASE.replace('kind = "existence"', 'kind = "pattern"').replace('tokens = ["cheap"]', "pattern = '(?P<section>a)'"),
     "names a group 'section', which is reserved"),
    (BASE.replace('kind = "existence"', 'kind = "substitution"').replace('tokens = ["cheap"]', 'swap = { a = "" }'),
     "'define.x.swap.a' must be a non-empty string"),
    (BASE.replace('kind = "existence"', 'kind = "limit"').replace('tokens = ["cheap"]', 'field = "title"\nmeasure = "items"\nmax = 3'),
     "'define.x.measure' 'items' does not apply to title"),
    (BASE.replace('kind = "existence"', 'kind = "limit"').replace('tokens = ["cheap"]', 'field = "title"\nmin = 5\nmax = 3'),
     "'define.x.min' is above 'max' (5 > 3)"),
    (BASE.replace('kind = "existence"', 'kind = "limit"').replace('tokens = ["cheap"]', 'field = "title"'),
     "'define.x' has neither 'max' nor 'min'"),
    (BASE.replace('kind = "existence"', 'kind = "limit"').replace('tokens = ["cheap"]', 'field = "body"\nmax = 1'),
     "'define.x.field' must be one of title"),
    (BASE + "[rules.x]\nmax = 3\n", "unknown option 'rules.x.max' (known: enabled, severity)"),
    (BASE + "[rules.y]\nenabled = false\n", "unknown rule 'rules.y'"),
    ('define = 3\n', "'define' must be a table"),
    ('[define]\nx = 3\n', "'define.x' must be a table"),
]


@pytest.mark.parametrize("toml,message", ERRORS, ids=[m[:40] for _, m in ERRORS])
def test_bad_definitions_are_one_line_errors_naming_file_and_key(tmp_path, toml, message):
    with pytest.raises(PolicyError) as exc:
        _config(tmp_path, toml)
    text = str(exc.value)
    assert message in text
    assert text.startswith(str(tmp_path)) and "\n" not in text


def test_a_derived_pack_inherits_and_overrides_definitions(tmp_path):
    derived = tmp_path / "derived.toml"
    derived.write_text(f"""
[pack]
name = "derived"
extends = "{PACK}"

[define.no-hype]
severity = "error"
extend-tokens = ["unbeatable"]

[define.title-words]
kind = "limit"
code = "GC150"
category = "listing"
summary = "At most six title words."
field = "title"
measure = "words"
max = 6

[rules.no-hype]
enabled = true
""", encoding="utf-8")
    cfg = load_config(policy=str(derived), discover=False)
    assert {r.code for r in _defined(cfg)} == set(CODES)
    rule = cfg.registry.get("no-hype")
    assert rule.severity.name == "ERROR" and "unbeatable" in rule.definition["tokens"]
    gig = "---\ntitle: I will design an unbeatable cheap modern logo\n---\nI design logos.\n"
    found = {(f.rule, _fmt(f), str(f.severity)) for f in lint_text(gig, config=cfg)}
    assert ("GC651", "2:25-2:35", "error") in found and ("GC651", "2:36-2:41", "error") in found
    # `kind` given: the definition is replaced (no min any more; max 6)
    assert ("GC150", "2:42-2:53", "warning") in found
    assert load_pack(str(derived))["defined_in"]["title-words"] == str(derived.resolve())


def test_a_project_config_defines_and_configures_rules(tmp_path):
    (tmp_path / ".gigcheck.toml").write_text(f"""
policy = "{PACK}"
ignore = ["house-spelling"]

[define.no-rush]
kind = "existence"
code = "GC670"
category = "wording"
summary = "Rush."
tokens = ["asap"]

[rules.GC651]
severity = "info"
""", encoding="utf-8")
    cfg = load_config(cwd=tmp_path)
    found = {(f.rule, str(f.severity)) for f in lint_text("Cheap, ASAP, e-mail.\n", config=cfg)}
    assert found >= {("GC670", "warning"), ("GC651", "info")}
    assert not any(code == "GC652" for code, _ in found)


@pytest.mark.parametrize("select,ignore,want", [
    (["GC651"], [], {"GC651"}),
    (["no-hype", "price-in-text"], [], {"GC651", "GC350"}),
    (["GC65"], [], {"GC651", "GC652"}),
    (["wording"], ["shouting", "GC652"], {"GC651", "GC602", "GC603", "GC604", "GC605"}),
    (None, ["no-hype", "GC350", "GC150"], {"GC652", "GC602", "GC603", "GC604", "GC605"}),
])
def test_select_and_ignore_by_code_name_prefix_and_category(select, ignore, want):
    cfg = load_config(policy=str(PACK), discover=False, select=select, ignore=ignore)
    chosen = {rc.rule.code for rc in cfg.rules}
    assert chosen & (set(CODES) | {"GC602", "GC603", "GC604", "GC605"}) == want


def test_unknown_selection_is_still_an_error():
    with pytest.raises(ConfigError, match="unknown rule or category 'no-such-rule'"):
        load_config(policy=str(PACK), discover=False, select=["no-such-rule"])


def test_inline_suppressions_know_defined_rules(house):
    gig = "<!-- gigcheck-disable-next-line no-hype -->\nCheap logos.\n\nCheap cards.\n"
    found = lint_text(gig, config=house)
    assert [_fmt(f) for f in found if f.rule == "GC651"] == ["4:1-4:6"]
    assert not [f for f in found if f.rule in ("GC001", "GC002")]


def test_rules_command_lists_and_explains_defined_rules():
    listed = run_cli(["rules", "--policy", str(PACK), "--format", "json"])
    assert listed.returncode == 0, listed.stderr
    import json

    rows = {r["code"]: r for r in json.loads(listed.stdout)}
    assert {c: rows[c]["name"] for c in CODES} == CODES
    assert rows["GC652"]["severity"] == "warning" and rows["GC350"]["category"] == "payment"
    shown = run_cli(["rules", "GC651", "--policy", str(PACK)])
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("GC651 no-hype (wording, warning)")
    assert 'Words such as "cheap"' in shown.stdout and "title: I will design a cheap logo" in shown.stdout
    assert f"Documentation: {PACK.resolve()}" in shown.stdout


def test_check_command_selects_a_defined_rule(tmp_path):
    gig = tmp_path / "gig.md"
    gig.write_text("---\ntitle: I will design a cheap logo\n---\nMixing is $50.\n", encoding="utf-8")
    run = run_cli(["check", str(gig), "--policy", str(PACK), "--select", "GC350,no-hype", "--format", "json"])
    import json

    found = [(f["rule"], f["line"], f["column"]) for r in json.loads(run.stdout)["files"] for f in r["findings"]]
    assert sorted(found) == [("GC350", 4, 11), ("GC651", 2, 24)]
    assert run.returncode == 1


# --- travelling to workers ------------------------------------------------------------------


def test_defined_rules_pickle_as_their_definition(house):
    rule = house.registry.get("GC651")
    assert pickle.loads(pickle.dumps(rule)) is rule  # rebuilt from its table: the same class
    from gigcheck.engine.parallel import portable

    copy = pickle.loads(pickle.dumps(portable(house)))  # as a spawned worker receives it
    assert [rc.rule for rc in copy.rules] == [rc.rule for rc in house.rules]
    assert copy.registry.get("no-hype") is rule
    assert make_rule("no-hype", rule.definition, rule.defined_in) is rule


def test_spawned_workers_run_defined_rules(house):
    from gigcheck.engine import parallel
    from gigcheck.engine.linter import Linter
    from gigcheck.io.tasks import Task

    tasks = [Task(Task.TEXT, f"t{i}", "---\ntitle: I will do a cheap job\n---\nIt is $5.\n") for i in range(3)]
    linter = Linter(house)
    serial = list(parallel.run_tasks(tasks, linter, jobs=1))
    spawned = list(parallel.run_tasks(tasks, linter, jobs=2, start_method="spawn"))
    assert [r.findings for r, _ in spawned] == [r.findings for r, _ in serial]
    assert {f.rule for f in serial[0][0].findings} >= {"GC651", "GC350"}


# --- linear-time patterns -------------------------------------------------------------------

ACCEPTED = [
    r"\$\d+px", r"\b\d+px", r"colou?r", r"\$\d+(\.\d\d)?", r"cheap|cheaper", r"cat|dog|cow", r"\bhttps?://\S+",
    r"(?i)\bguarantee[ds]?\b", r"\b\d+\s*(?:days?|hours?)\b", r"#\w+", r"\b\w+@\w+", r"\b\w+ly\b",
    r"\d{3}[-.\s]?\d{3}[-.\s]?\d{4}", r"(?:ab)+", r"(ab|ac)+", r"(?<!\d)\d+px", r"^\d+px", r"a?a",
    r"(?i)\bword(?:1|2|10|20)\b", r"\bfoo\w*",
]
REFUSED = {
    r"(a+)+": "nested repeat `(a+)+`",
    r"(\w*)*": "repeats something that can match nothing",
    r"(a|aa)+": "matched in two ways that meet again at `a` in `(a(?:|a))+`",
    r"\d*\d*": "`\\d*` and `\\d*` can both match a run of '0'",
    r"\d+\d+x": "can both match a run",
    r".*foo.*bar": "in `.*`",
    r"\b.*foo.*bar": "in `.*`",
    r"\d+px": "`\\d+` can start anywhere a search tries",
    r"\w+ly": "can start anywhere a search tries",
    r"[a-z\d]\d+px": "`\\d+` can start right after `[a-z\\d]`",
    r"\bhttps?://\S+\b": "can start right after `/`",
    r"(?i)\bk+\u212a+x": "can both match a run",  # the Kelvin sign is a K under IGNORECASE
    r"(a)\1": "a backreference",
    r"(a)?(?(1)b|c)": "a conditional group",
    r"(?=.*x)": "the lookaround `(?=.*x)` holds a long repeat",
    "(": "not a valid regular expression",
    "x" * 501: "the limit is 500",
}


@table_test("pattern", ACCEPTED)
def test_linear_patterns_are_accepted(pattern):
    analyze(pattern)


@pytest.mark.parametrize("pattern,why", list(REFUSED.items()), ids=[p[:20] for p in REFUSED])
def test_super_linear_patterns_are_refused_naming_the_construct(pattern, why):
    with pytest.raises(UnsafePattern) as exc:
        analyze(pattern)
    assert why in str(exc.value)
    assert "\n" not in str(exc.value)


# Random patterns over a few characters and classes, often behind a guard, and hostile
# texts: runs of one to three characters and a tail that makes the match fail.
ATOMS = ["a", "b", "x", "1", "-", " ", r"\d", r"\w", r"\s", r"\S", "[ab]", "[^a]", ".", r"\b", "[a-c]",
         "(?i:A)", r"\$", "^", "$", "(?<!a)", "(?=b)"]
QUANTS = ["", "", "", "*", "+", "?", "{2}", "{1,3}", "{2,}", "*?", "+?", "{0,40}"]
atom = st.tuples(st.sampled_from(ATOMS), st.sampled_from(QUANTS)).map("".join)
patterns = st.recursive(
    atom,
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=4).map("".join),
        st.tuples(st.lists(inner, min_size=2, max_size=3).map("|".join), st.sampled_from(QUANTS))
        .map(lambda t: f"(?:{t[0]}){t[1]}"),
        st.tuples(inner, st.sampled_from(QUANTS)).map(lambda t: f"(?:{t[0]}){t[1]}"),
    ),
    max_leaves=8,
)
guarded = st.tuples(st.sampled_from(["", r"\b", r"\$", "#", "x", "(?<!a)"]), patterns).map("".join)
UNITS = ["a", "b", "1", " ", "-", "x", "ab", "a1", "1 ", "a-", "aab", "a b", "$1", "\n"]


def _accepted(pattern: str):
    try:
        analyze(pattern)
    except UnsafePattern:
        return None
    try:
        return re.compile(pattern)
    except re.error:  # pragma: no cover - analyze parses with the same parser
        pytest.fail(f"accepted a pattern re cannot compile: {pattern!r}")


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(guarded)
def test_the_analyzer_accepts_or_refuses_any_pattern(pattern):
    _accepted(pattern)  # never another exception


@pytest.mark.perf
@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(guarded)
def test_accepted_random_patterns_run_in_linear_time_on_hostile_text(pattern):
    from perf_support import assert_linear

    regex = _accepted(pattern)
    if regex is None:
        return
    for unit in UNITS:
        for tail in ("", "!"):
            def run(n: int, unit=unit, tail=tail) -> None:
                for _ in regex.finditer(unit * (n // len(unit)) + tail):
                    pass

            assert_linear(run, 2000, f"{pattern!r} on {unit!r}*n+{tail!r}")


@pytest.mark.perf
@pytest.mark.parametrize("pattern,unit", [(r"\d+px", "1"), (r"\w+ly", "a")])
def test_the_timing_check_catches_what_the_analyzer_refuses(pattern, unit):
    """The property above means something: refused patterns do take quadratic time."""
    from perf_support import growth

    regex = re.compile(pattern)
    with pytest.raises(UnsafePattern):
        analyze(pattern)

    def run(n: int) -> None:
        for _ in regex.finditer(unit * n):
            pass

    # n=1000 (large input 8,000 characters): still a ratio of ~60, and t(n) above the
    # timer floor; half the CPU of n=1500 (a quadratic large input is timed three times)
    assert growth(run, 1000) > 24


@pytest.mark.slow  # seconds of CPU: started first (tests/conftest.py), not last on a worker
@pytest.mark.perf
def test_defined_rules_are_linear_on_hostile_gigs(house):
    from perf_support import assert_linear

    rules = {rc.rule.code for rc in house.rules}
    assert set(CODES) <= rules
    codes = ",".join(CODES)
    cfg = load_config(policy=str(PACK), discover=False, select=[codes])
    for unit in ("$1", "1", "cheap ", "web ", "a", "e-"):
        def run(n: int, unit=unit) -> None:
            lint_text("---\ntitle: I will\n---\n" + unit * n + "\n", config=cfg)

        assert_linear(run, 20_000 // len(unit), f"data rules on {unit!r}*n")


def test_the_readme_example_is_a_working_pack(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"### Rules written as data\n.*?```toml\n(.*?)```", readme, re.S)
    assert m, "README lost its rules-as-data example"
    cfg = _config(tmp_path, m.group(1))
    assert {r.data_kind for r in _defined(cfg)} == {"existence", "substitution", "pattern", "limit"}
    gig = "---\ntitle: I will design\n---\nA cheap e-mail course for $20.\n"
    assert {f.rule for f in lint_text(gig, config=cfg)} >= {"GC681", "GC682", "GC381", "GC181"}
