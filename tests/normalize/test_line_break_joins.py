"""Words joined over line breaks ("Pay-⏎Pal", "anna@⏎gmail.com") are looked for only in
the blanks before each break: the same matches as the whole search, at a fraction of it."""
from __future__ import annotations

import random

from gigcheck.text import spacing
from gigcheck.text.spacing import join_hyphenated

CASES = [
    "Pay-\nPal", "What-  \n  sApp me", "anna@\ngmail.com", "daniel.k\n.motion@x.io", "Telegram\n@lucas",
    "yuki.tanaka\n@yahoo.co.jp", "微\n信\n号：", "S\nk\ny\np\ne", "a - \n b", "-\n-\n", "\n\n\n", "x \t\n\t@ab.cd",
]


def _spans(matches):
    return [m.span() for m in matches]


def test_breaks_are_what_the_whole_search_finds():
    rnd = random.Random(16)
    alphabet = "ab1-@. \t\n微S:：_"
    texts = CASES + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert _spans(spacing._breaks(text)) == _spans(spacing._HYPHENATED.finditer(text)), text
    assert sum(bool(_spans(spacing._breaks(t))) for t in texts) > 100  # the fuzz finds joins


def test_joined_text():
    assert join_hyphenated("Pay-\nPal and anna@\ngmail.com").text == "PayPal and anna@gmail.com"
