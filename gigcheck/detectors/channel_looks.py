"""Messaging apps told by their look instead of their name: "the app with the green icon",
"la app verde", "in der grünen App", "в зелёном мессенджере", "the paper-plane app".

The pack lists the looks (a colour, the emblem of the icon, every inflected form written
out) with the platform each picks out (`channel_looks`), and the nouns of an app or its
icon they are said with (`look_nouns`). Each look and noun, in either order ("green app",
"app verde"), is one more alias of the platform: the invitation detectors then read "I
answer faster on the app with the green icon" as they read "... on WhatsApp", and a look
in the work's context ("I design a green icon for your app") names a channel no contact
verb reaches, which is no invitation.

A look alone is no alias: "green", "ghost" or "bird" name a colour or a thing; the
distinctive whole descriptions ("blue bird", "little ghost") are in `described_channels`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = ["look_phrases"]


def look_phrases(looks: Any, nouns: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(phrase, platform id) for every look of the pack's `channel_looks` table (`looks`)
    with every noun of `look_nouns` (`nouns`), before and after it; a hyphenated look also
    written with a space."""
    nouns = [n.strip() for n in nouns if n.strip()]
    if not isinstance(looks, Mapping):
        return
    for look, pid in looks.items():
        if not (isinstance(look, str) and look.strip() and isinstance(pid, str)):
            continue
        forms = {look.strip(), look.strip().replace("-", " ")}
        for form in sorted(forms):
            for noun in nouns:
                yield f"{form} {noun}", pid
                yield f"{noun} {form}", pid
