"""What a contact test counts as reported (warnings and errors of the categories that
guard contact details, payment and links), and the pack's placeholder vocabulary, for
the tests that check honest templates against their seller twins."""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from table_support import table_test

from gigcheck.detectors.placeholders import PlaceholderVocab
from gigcheck.policy.packs import load_pack

FLAGGED = ("contact", "payment", "links")


def _flagged(lint: Callable[..., Iterable[Any]], text: str) -> list[Any]:
    """The findings of the FLAGGED categories' rules on `text`, the only rules run (the
    `lint` fixture's `select`): a rule's findings never depend on which others run
    (engine/linter.py), and the other categories' rules were a quarter of the CPU."""
    return [f for f in lint(text, select=list(FLAGGED)) if f.category in FLAGGED]


def reported(lint: Callable[..., Iterable[Any]], text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in _flagged(lint, text) if str(f.severity) in ("error", "warning")]


# What `worst` found for a text in this test process. The `lint` fixture is the default
# pack's, and no test that asks `worst` changes gigcheck under it, so a text judged once
# (by another test, or in the labelled corpus: adversarial_support.judged hands its cases
# over, and ~6,000 of the texts tested one by one are in adversarial/dev.jsonl too) is not
# linted again.
_WORST: dict[str, str] = {}
# The other xdist workers of this session judge the same texts too: a worker that judges a
# labelled half writes its judgements into a folder of the session's (tests/conftest.py),
# one file a half, and a text not known here is looked up in the files written since (the
# same code on the same pack in the same session: the same judgement; ~3,000 lints of the
# dev half less on the worker that did not judge it).
_SESSION = "GIGCHECK_TEST_SESSION_CACHE"
_read: set[str] = set()


def _shared_folder() -> Path | None:
    folder = os.environ.get(_SESSION)
    return Path(folder, "worst-judged") if folder else None


def _read_shared() -> bool:
    """Takes in the judgements other workers wrote since the last look; True if any."""
    folder = _shared_folder()
    try:
        names = [n for n in os.listdir(folder) if n.endswith(".json") and n not in _read] if folder else []
    except OSError:  # none written yet
        return False
    for name in names:
        _read.add(name)
        try:
            shared = json.loads((folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for text, judged in shared.items():
            _WORST.setdefault(text, judged)
    return bool(names)


def worst(lint: Callable[..., Iterable[Any]], text: str) -> str:
    """What the labelled corpus calls a text: "error", "warning" or "clean" (infos and
    other categories do not count)."""
    known = _WORST.get(text)
    if known is None and _read_shared():
        known = _WORST.get(text)
    if known is None:
        found = {str(f.severity) for f in _flagged(lint, text)}
        known = _WORST[text] = "error" if "error" in found else "warning" if "warning" in found else "clean"
    return known


def remember_worst(judged: Iterable[tuple[str, str]], name: str) -> None:
    """Each (text, judgement) of `judged` is what `worst` says of the text: the worst
    severity the FLAGGED categories' rules of the default pack give it (as
    benchmarks/bench_adversarial.judge judges). Shared with the session's other workers
    under `name` (written whole, then renamed: a reader sees all of it or nothing)."""
    pairs = dict(judged)
    for text, verdict in pairs.items():
        _WORST.setdefault(text, verdict)
    folder = _shared_folder()
    if folder is None:
        return
    target = folder / f"{name}.json"
    partial = folder / f".{name}.{os.getpid()}"
    try:
        folder.mkdir(exist_ok=True)
        partial.write_text(json.dumps(pairs, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, target)
    except OSError:
        pass  # only a saving
    _read.add(target.name)  # (its own file: nothing to take in)


@pytest.fixture(scope="module", name="pv")
def placeholder_vocab() -> PlaceholderVocab:
    return PlaceholderVocab(load_pack("fiverr")["vocab"]["grammar"])


def severity_tests(errors: list[str], clean: list[str]) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests most detection files ask of their cases: each of `errors` is reported as
    an error, and each of `clean` (an honest near-miss) stays clean (table tests: each
    fails naming every case that fails, tests/table_support.py). A module assigns them to
    its own names: `test_errors, test_honest_sentences_stay_clean = severity_tests(ERRORS, CLEAN)`."""

    @table_test("text", errors)
    def errors_are_errors(lint: Callable[[str], Iterable[Any]], text: str) -> None:
        assert worst(lint, text) == "error", reported(lint, text)

    @table_test("text", clean)
    def honest_stays_clean(lint: Callable[[str], Iterable[Any]], text: str) -> None:
        assert worst(lint, text) == "clean", reported(lint, text)

    return errors_are_errors, honest_stays_clean


def warning_tests(warnings: list[str]) -> Callable[..., None]:
    """The test a detection file asks of its hints (an unclear invitation, no identifier):
    each of `warnings` is reported, at warning and not above. A module assigns it to its own
    name: `test_hints_are_warnings = warning_tests(WARNINGS)`."""

    @table_test("text", warnings)
    def hints_are_warnings(lint: Callable[[str], Iterable[Any]], text: str) -> None:
        assert worst(lint, text) == "warning", reported(lint, text)

    return hints_are_warnings


def masked(lint: Callable[..., Iterable[Any]], text: str) -> str:
    """Every excerpt of the text's reported findings (the FLAGGED categories, warnings and
    errors), as --redact writes them."""
    from gigcheck.engine.redact import Secrets, redact_finding

    found = [f for f in lint(text) if f.category in FLAGGED and str(f.severity) in ("error", "warning")]
    secrets = Secrets.of(found)
    return " | ".join(redact_finding(f, secrets).excerpt for f in found)
