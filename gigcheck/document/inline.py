"""Inline Markdown → text runs placed in the source.

markdown-it-py gives block tokens a line map but inline tokens none, so the reader keeps
a forward cursor in the source and places each inline piece at its first occurrence after
the previous one, never searching past the block it is in (which would make a hostile
file quadratic). Entities and escapes stay separate tokens, so that a run's text can
differ from the source without losing the mapping.
"""
from __future__ import annotations

from typing import Any

from gigcheck.records import Segment, TextRun, verbatim_run


class RunBuilder:
    """Accumulates run text and segments as inline pieces are placed in the source.

    Pieces are kept as (text, source start, source length) and turned into segments once,
    when the run is built: a gig places tens of pieces, most of them one per line."""

    __slots__ = ("pieces",)

    def __init__(self) -> None:
        self.pieces: list[tuple[str, int, int]] = []

    def add(self, text: str, src_start: int, src_len: int) -> None:
        self.pieces.append((text, src_start, src_len))

    def build(self, section: str, kind: str) -> TextRun | None:
        parts: list[str] = []
        segs: list[Segment] = []
        length = 0
        for text, src_start, src_len in self.pieces:
            if text or src_len:  # an empty piece of no source maps nothing
                parts.append(text)
                segs.append(Segment(length, src_start, len(text), src_len))
                length += len(text)
        if not parts:
            return None
        return TextRun("".join(parts), section, kind, tuple(segs))


class InlineReader:
    """Reads inline tokens into runs; the document walker (markdown.py) says which section
    they belong to and what to do with each run."""

    def __init__(self, source: str, line_starts: list[int]) -> None:
        self.src = source
        self.line_starts = line_starts
        self.cursor = 0

    def current_section(self) -> str:
        raise NotImplementedError

    def add_run(self, run: TextRun | None) -> None:
        raise NotImplementedError

    def line_offset(self, line: int) -> int:
        starts = self.line_starts
        return starts[line] if line < len(starts) else len(self.src)

    def place(self, needle: str, start: int, limit: int) -> int:
        """First occurrence of `needle` in `[start, limit)`, or -1."""
        if not needle:
            return start
        # Bounded by the block: searching past it could make a hostile file quadratic.
        return self.src.find(needle, start, limit)

    # -- inline ----------------------------------------------------------------------
    def inline_run(self, token: Any) -> TextRun | None:
        src = self.src
        if token.map:
            cur = self.line_offset(token.map[0])
            limit = self.line_offset(token.map[1])
        else:
            cur, limit = self.cursor, len(src)
        section = self.current_section()
        b = RunBuilder()
        put = b.pieces.append  # (text, source start, source length), as RunBuilder.add
        find = src.find  # each piece is searched for only within the block (see place)
        stars: list[int | None] = []  # open "*" emphasis: its piece when written inside a word
        for child in token.children or ():
            t = child.type
            if t == "text":
                content = child.content
                i = find(content, cur, limit) if content else cur
                if i < 0:
                    put((content, cur, 0))
                else:
                    put((content, i, len(content)))
                    cur = i + len(content)
            elif t == "softbreak" or t == "hardbreak":
                cur = self._line_break(b, cur, limit)
            elif t == "text_special":
                i = self.place(child.markup, cur, limit)
                if i >= 0:
                    put((child.content, i, len(child.markup)))
                    cur = i + len(child.markup)
                else:
                    put((child.content, cur, 0))
            elif t in _STAR_OPEN or t in _STAR_CLOSE:
                cur = self._star(child, b, stars, cur, limit)
            elif t == "code_inline":
                cur = self._code_inline(child, b, cur, limit)
            elif t == "html_inline":
                i = self.place(child.content, cur, limit)
                if i >= 0:
                    self.add_run(verbatim_run(child.content, i, section, "html"))
                    cur = i + len(child.content)
            elif t == "link_close":
                # An autolink "<https://…>" has no separate target (its text is the URL):
                # looking for "](" would take the next link's target instead.
                if child.markup != "autolink":
                    cur = self._link_target(cur, limit, section, "link_url")
            elif t == "image":
                cur = self._image(child, cur, limit, section)
        self.cursor = cur
        return b.build(section, "text")

    def _line_break(self, b: RunBuilder, cur: int, limit: int) -> int:
        i = self.src.find("\n", cur, limit)
        if i < 0:
            b.pieces.append(("\n", cur, 0))
            return cur
        b.pieces.append(("\n", i, 1))
        return i + 1

    def _star(self, child: Any, b: RunBuilder, stars: list[int | None], cur: int, limit: int) -> int:
        """An emphasis mark of asterisks. Asterisks inside a word at both ends of the
        emphasis ("S***e or W******p", "T***m ... W***p") mask letters of the words they
        stand in, which CommonMark reads as emphasis from one word to the other: they stay
        text. Other emphasis marks are markup, left out of the run. why (rt20/rt22
        disguise: masked channel names)."""
        markup = child.markup
        end = cur + len(markup)
        inside = bool(markup) and set(markup) == {"*"} and self.src.startswith(markup, cur) and (
            _inside_word(self.src, cur, end)
        )
        if child.type in _STAR_OPEN:
            stars.append(len(b.pieces) if inside else None)
            if not inside:
                return cur  # markup: the text after it is placed by its own search
            b.pieces.append((markup, cur, len(markup)))
            return end
        opened = stars.pop() if stars else None
        if opened is None:
            return cur
        if inside:
            b.pieces.append((markup, cur, len(markup)))
            return end
        b.pieces[opened] = ("", 0, 0)  # the opener was emphasis after all: no piece
        return cur

    def _code_inline(self, child: Any, b: RunBuilder, cur: int, limit: int) -> int:
        src = self.src
        fence = child.markup or "`"
        open_at = self.place(fence, cur, limit)
        if open_at < 0:
            b.add(child.content, cur, 0)
            return cur
        body_start = open_at + len(fence)
        close_at = src.find(fence, body_start, limit)
        if close_at < 0:
            close_at = body_start + len(child.content)
        raw = src[body_start:close_at]
        i = raw.find(child.content)
        if i >= 0:
            b.add(child.content, body_start + i, len(child.content))
        else:  # newlines inside the span became spaces: map the span as a whole
            b.add(child.content, body_start, len(raw))
        return close_at + len(fence)

    def _destination(self, at: int, limit: int) -> tuple[int, int]:
        """Source span of a link destination starting at `at` (just after "(")."""
        src = self.src
        n = min(limit, len(src))
        while at < n and src[at] in " \t\n":
            at += 1
        if at < n and src[at] == "<":
            end = src.find(">", at + 1, n)
            return (at + 1, end) if end >= 0 else (at, at)
        return at, destination_end(src, at, n, " \t\n")

    def _link_target(self, cur: int, limit: int, section: str, kind: str) -> int:
        src = self.src
        close = src.find("]", cur, limit)
        if close < 0:
            return cur  # autolink "<...>": its text is already in the run
        if close + 1 < len(src) and src[close + 1] == "(":
            a, e = self._destination(close + 2, limit)
            if e > a:
                self.add_run(verbatim_run(src[a:e], a, section, kind))
            return max(e, close + 1)
        return close + 1  # reference link: the definition is read separately

    def _image(self, child: Any, cur: int, limit: int, section: str) -> int:
        bang = self.place("![", cur, limit)
        if bang < 0:
            return cur
        alt = child.content
        if alt:
            i = self.place(alt, bang + 2, limit)
            if i >= 0:
                self.add_run(verbatim_run(alt, i, section, "image_alt"))
                cur = i + len(alt)
            else:
                self.add_run(TextRun(alt, section, "image_alt", (Segment(0, bang, len(alt), 2),)))
                cur = bang + 2
        else:
            cur = bang + 2
        return self._link_target(cur, limit, section, "image_url")


def destination_end(src: str, at: int, n: int, stops: str = "") -> int:
    """Where a link destination starting at `at` ends (before `n`): at its unbalanced ")"
    or at one of `stops`, as CommonMark reads it; backslash escapes are skipped."""
    depth = 0
    end = at
    while end < n:
        c = src[end]
        if c in stops:
            break
        if c == "\\":
            end += 2
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                break
            depth -= 1
        end += 1
    return min(end, n)


_STAR_OPEN = frozenset({"em_open", "strong_open"})
_STAR_CLOSE = frozenset({"em_close", "strong_close"})


def _inside_word(src: str, a: int, b: int) -> bool:
    """The run of asterisks around `[a, b)` is two or more long, with a letter or digit
    on both sides. (One asterisk between letters is a separator, "m*a*r*k*_*8*8", which
    the identifier readers take once the emphasis is dropped.)"""
    while a > 0 and src[a - 1] == "*":
        a -= 1
    while b < len(src) and src[b] == "*":
        b += 1
    return b - a >= _MASK_RUN and a > 0 and b < len(src) and src[a - 1].isalnum() and src[b].isalnum()


_MASK_RUN = 2
