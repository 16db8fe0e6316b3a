"""`--redact` masks every contact detail and payment account of a gig in every format,
whatever rules are selected, ignored or suppressed and whatever a baseline accepts:
detection always runs in full, only reporting is selective.

The fixtures (secrets/) hold an email, a phone number, a Telegram handle and an
IBAN in the description, the email again in an extra's title (a section name, and quoted
by duplicate-extra's message) and next to a link; the export holds them in fields and a
row id. Assertions are on the raw output bytes.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from ci_support import gigcheck

from gigcheck.report import REPORTERS

FIXTURES = Path(__file__).resolve().parent / "secrets"
SECRETS = ("Nora.Vance@gmail.com", "+44 7700 900 456", "@nora_vance_studio", "DE89 3704 0044 0532 0130 00")
# Simple variants a partial mask would still show: case, the local part, digits only.
VARIANTS = (
    *(s.lower() for s in SECRETS),
    "nora.vance", "nora_vance_studio", "447700900456", "7700 900 456", "de89370400440532013000", "0532 0130",
)
FORMATS = sorted(set(REPORTERS) - {"parquet"})  # binary: tests/inputs/test_parquet.py
SELECTIONS = [
    (),
    ("--select", "links"),  # only a rule that quotes none of them
    ("--select", "extras"),  # extra-missing-description quotes a title cut short
    ("--select", "listing"),  # duplicate-extra quotes the extra's title
    ("--select", "GC201"),
    ("--select", "contact"),
    ("--ignore", "GC201"),
    ("--ignore", "GC202"),
    ("--ignore", "GC203"),
    ("--ignore", "GC302"),
    ("--ignore", "contact,payment"),
]
INPUTS = {
    "gig": ("leak.md",),
    "suppressed": ("leak_suppressed.md",),
    "baseline": ("--baseline", "baseline.json", "leak.md"),
    "export": ("--input-format", "jsonl", "leak.jsonl"),
}


@pytest.fixture(scope="module", autouse=True)
def shared_configs():
    """The CLI runs in-process; each run would build its pack's vocabulary again (most
    of a run's time), so runs with the same options share one Config (immutable)."""
    from gigcheck.policy import config

    load = config.load_config
    cache: dict[tuple, config.Config] = {}

    def cached(**kw):
        key = (str(Path.cwd()), *sorted((k, str(v)) for k, v in kw.items()))
        if key not in cache:
            cache[key] = load(**kw)
        return cache[key]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(config, "load_config", cached)
        yield


@pytest.fixture(scope="module", autouse=True)
def shared_examinations(shared_configs):
    """What is found in a gig and what is masked (`Linter.examine`: findings and secrets)
    depend on the configuration, `--redact` and the gig, never on the output format: the
    eight formats of one input and selection examine it once (most of the matrix's CPU),
    and each run reports and masks from its own copy of the result, as from its own run."""
    from gigcheck.engine.linter import Linter

    examine = Linter.examine
    seen: dict[tuple, tuple[list, list]] = {}

    def once(self: Linter, gig):
        # The configurations are shared_configs' (alive for the module): one id each.
        key = (id(self.config), self.redact, gig.path, gig.source)
        if key not in seen:
            seen[key] = examine(self, gig)
        findings, secrets = seen[key]
        return list(findings), list(secrets)  # (findings are frozen: copying the lists suffices)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Linter, "examine", once)
        yield


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """The fixtures copied, with a baseline that accepts every finding of leak.md."""
    work = tmp_path_factory.mktemp("secrets")
    for p in FIXTURES.iterdir():
        shutil.copy(p, work / p.name)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(work)
        r = gigcheck("check", "--write-baseline", "baseline.json", "leak.md")
        assert r.code == 0 and "recorded" in r.err
    return work


def leaks(text: str) -> list[str]:
    low = text.lower()
    return [s for s in (*SECRETS, *VARIANTS) if s.lower() in low]


@pytest.mark.parametrize("fmt", FORMATS)
def test_without_redact_every_format_shows_them(workdir, monkeypatch, fmt):
    """The matrix below could not fail if the outputs never held the secrets."""
    monkeypatch.chdir(workdir)
    r = gigcheck("check", "--format", fmt, "--color", "never", "leak.md")
    assert "nora.vance@gmail.com" in r.out.lower()
    if fmt not in ("github", "concise"):  # one line a finding: spans pointed at, not quoted
        assert set(leaks(r.out)) >= {s for s in SECRETS}


@pytest.mark.parametrize("selection", SELECTIONS, ids=lambda s: "-".join(s).replace("--", "") or "default")
@pytest.mark.parametrize("inputs", list(INPUTS), ids=str)
@pytest.mark.parametrize("fmt", FORMATS)
def test_redact_masks_everything_whatever_is_reported(workdir, monkeypatch, fmt, inputs, selection):
    monkeypatch.chdir(workdir)
    r = gigcheck("check", "--format", fmt, "--color", "never", "--redact", *selection, *INPUTS[inputs])
    assert r.code in (0, 1), r.err
    assert leaks(r.out + r.err) == []
    if fmt in ("json", "sarif"):
        json.loads(r.out)  # masking keeps the document valid
    elif fmt == "jsonl":
        [json.loads(line) for line in r.out.splitlines()]
