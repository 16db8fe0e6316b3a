"""The text views of gigcheck.text.spacing (collapsed spacing, unbracketed words, unstarred
addresses) map every piece of their text back to the original.
"""
from __future__ import annotations

from gigcheck.text.spacing import collapse_spaced, unbracket_words, unstar_address


def test_views_keep_positions():
    v = collapse_spaced("Mail: d/a/a/n/@/z/i/g/g/o/./n/l today")
    assert "daan@ziggo.nl" in v.text
    a = v.text.index("daan")
    assert v.original(a, a + len("daan@ziggo.nl")) == "d/a/a/n/@/z/i/g/g/o/./n/l"
    u = unbracket_words("at [ana] [at] [studio] [dot] [co] now")
    assert u.text == "at ana at studio dot co now"
    assert u.original(3, 6) == "[ana]"  # a piece covers its brackets
    # two bracketed words or letters without "@" stay as they were
    assert unbracket_words("see [1] [2] here").text == "see [1] [2] here"
    assert collapse_spaced("a/b/c/d").text == "a/b/c/d"
    star = unstar_address("to carla*@gmail.co*m, 5*3 @ home")
    assert star.text == "to carla@gmail.com, 5*3 @ home"
    assert star.original(3, 18) == "carla*@gmail.co*m"
