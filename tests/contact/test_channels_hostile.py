"""The channel and payment rules on hostile input: 200 KB of what their patterns look for,
in linear time (the scan tries the trie only where an entry may start, sentences are
read in bounded windows and a window padded with triggers is judged at its edges: the
budget is per window of text, never per gig)."""
from __future__ import annotations

import pytest
from perf_support import FACTOR, assert_linear

MINE = ["contact-handle", "contact-invitation", "contact-channel-mention", "payment-off-platform", "payment-details"]

HOSTILE = {
    "spaced skype": ("s k y p e ", 20_000),
    "at signs": ("@", 200_000),
    "wa wa wa": ("wa ", 60_000),
    "masked names": ("sk*pe ", 33_000),
    "mask characters": ("*", 200_000),
    "contact verbs": ("message me on ", 7_000),
    "labels without identifiers": ("skype: ", 28_000),
    "short form handles": ("tg @a ", 33_000),
    "dollar signs": ("$", 200_000),
    "cashtags": ("cash app $a ", 8_000),
    "hex": ("a", 200_000, "", "0x"),
    "iban heads": ("GB82 ", 40_000),
    "base58 ones": ("1", 200_000),
    "offers": ("pay via paypal ", 3_250),
    "glued chinese": ("加我微信", 50_000),
    "cyrillic stems": ("телеграм ", 22_000),
    "leetspeak": ("sk1pe ", 33_000),
    "names on lines": ("skype\n", 33_000),
    "negations": ("never ", 33_000, "pay outside"),
    "look-alikes": ("ѕkуpе微信 ", 25_000),
    # the orders to come, searches for the seller's name, sample labels, Korean numerals
    "orders to come": ("next time we deal directly, no fees ", 3_000),
    "name searches": ("busca el nombre de mi estudio ", 7_000),
    "sample labels": ("Bio template: DM @yourbrand 'Drop your email' ", 2_500),
    "korean numerals": ("공일공 일이삼사 ", 25_000),
}


def hostile(name: str, count: int) -> str:
    unit, _, *ends = HOSTILE[name]
    tail, head = (ends + ["", ""])[:2]
    return head + unit * count + tail


@pytest.mark.perf
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_linear(name, lint):
    lint("warm up: skype: bob_1 加我微信", select=MINE)  # compiles both forms of the patterns
    count = HOSTILE[name][1]
    lint(hostile(name, count // 32), select=MINE)  # and the pieces this input's windows use
    findings = assert_linear(lambda k: lint(hostile(name, k), select=MINE), count // 32, name)
    # the larger input's findings: padded windows are judged at their edges
    assert len(findings) <= len(hostile(name, count // 32 * FACTOR)) // 100
