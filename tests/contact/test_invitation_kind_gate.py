"""The per-kind gate of the invitation judge (invitation_gate.py): a trigger whose sentence
holds none of what its kind's readings need is dropped before the judges run. It must be
exact: every trigger it drops reads nothing when judged without it, and what the gated
kinds do read (a detail in a video, a booking on the seller's site, revisions over a
messenger, a name to search) is still reported, in several languages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import gigcheck.detectors.invitations as invitations
from gigcheck import Linter, load_config
from gigcheck.detectors.invitation_gate import NEEDS, gated
from gigcheck.detectors.triggers import AFTERCARE, BOOK, CONTACT, MEDIA, PLATFORM, PRIVATE, SEARCH_ID, SEARCH_NAME

DEV = Path(__file__).resolve().parents[1] / "data" / "adversarial" / "dev.jsonl"

# What the gated kinds read: each text's trigger of a gated kind must pass the gate.
READ = [
    "Mi correo está escrito al final del video de presentación.",  # media, a channel in the sentence
    "The watermark is also how you reach me directly.",  # media, the route: a verb of reaching after
    "Book your session on my website instead of ordering here.",  # booking, the seller's site after it
    "Réservez votre créneau sur mon site.",
    "Free revisions via WhatsApp after delivery.",  # aftercare, a messenger after it
    "Soporte por Telegram después de la entrega.",
    "Busca el nombre de mi estudio en Google y me escribes por ahí.",  # the seller's name searched
    "Search my username on Google.",
    "Let's have a quick private chat before you order.",  # a private word by a word of talk
]

# Close negatives the gate drops: the same words as the work, with nothing to read.
DROPPED = [
    "I will edit your video with music and subtitles.",
    "Tu video tendrá subtítulos y música.",
    "Order now and get the source files.",
    "Unlimited revisions until you are happy.",
    "Правки бесплатно до полного согласования.",
    "I offer search engine optimization for your online shop.",
    "I give direct feedback on every draft.",
]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(load_config(discover=False, select=["ALL"]))


def _gate_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool, object]]:
    """Records, for each gated trigger judged, its text, the gate's verdict and what the
    judge reads with the gate open."""
    seen: list[tuple[str, bool, object]] = []
    verdict: list[bool] = []
    real_may, real_judge = invitations.may_read, invitations._judge

    def may_read(*args: object, **kw: object) -> bool:
        verdict.append(real_may(*args, **kw))  # type: ignore[arg-type]
        return True  # judge it all the same

    def judge(scan, cv, t, ks, sent):  # type: ignore[no-untyped-def]
        verdict.clear()
        found = real_judge(scan, cv, t, ks, sent)
        if verdict:
            seen.append((t.text, verdict[0], found))
        return found

    monkeypatch.setattr(invitations, "may_read", may_read)
    monkeypatch.setattr(invitations, "_judge", judge)
    return seen


def test_a_dropped_trigger_reads_nothing_over_the_dev_cases(monkeypatch, linter):
    seen = _gate_calls(monkeypatch)
    cases = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    for case in cases[::6]:  # a sixth of the cases: every family and language, kept fast
        linter.check_text(case["text"])
    dropped = [s for s in seen if not s[1]]
    assert len(dropped) > 50  # the gate does drop (it is no gate otherwise)
    assert [s for s in dropped if s[2] is not None] == []


@pytest.mark.parametrize("text", READ)
def test_what_the_gated_kinds_read_passes_the_gate_and_is_reported(monkeypatch, linter, text):
    seen = _gate_calls(monkeypatch)
    findings = linter.check_text(text)
    assert seen and any(passed and found is not None for _, passed, found in seen), seen
    assert any(f.rule.startswith("GC2") for f in findings), findings


@pytest.mark.parametrize("text", DROPPED)
def test_the_work_with_nothing_to_read_is_dropped(monkeypatch, linter, text):
    seen = _gate_calls(monkeypatch)
    linter.check_text(text)
    assert seen and all(not passed and found is None for _, passed, found in seen), seen


def test_only_the_derived_kinds_are_gated():
    assert gated(frozenset({MEDIA})) is not None
    assert gated(frozenset({BOOK})) is not None
    assert gated(frozenset({AFTERCARE})) is not None
    assert gated(frozenset({SEARCH_ID, SEARCH_NAME})) is not None
    assert gated(frozenset({PRIVATE})) is not None
    # a contact verb, a platform's name, or a media word that is also a platform: always judged
    assert gated(frozenset({CONTACT})) is None
    assert gated(frozenset({PLATFORM})) is None
    assert gated(frozenset({MEDIA, PLATFORM})) is None
    assert all(n.kinds for n in NEEDS)
