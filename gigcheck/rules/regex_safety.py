"""Regular expressions that run in linear time on Python's backtracking `re`.

A pack's `pattern` rules run over text that sellers write, and a batch may hold hostile
text (a megabyte of digits, a line of `a`). Python's `re` backtracks: `(a+)+b` takes
exponential time on `aaaa…`, `\\d+\\d+x` polynomial time, and even `\\d+px` takes quadratic
time under a search (every start in a run of digits rescans the rest of the run). So a
pattern is checked when the pack is loaded, over the parse tree that `re` itself runs
(`re._parser`), and refused with a message naming the construct unless:

1. it has no backreferences and no conditionals, and a lookaround holds no long repeat;
2. a repeat never repeats something that can match nothing (`(a?)+`);
3. no text can be read along two partial paths that meet again or that can both go on
   reading a run. The pattern is built as a Glushkov automaton (one state per character
   matcher, transitions labelled by the matcher's characters, every way from one matcher
   to the next kept, so a nested repeat gives the same transition twice), and pairs of
   paths reading the same text are explored in its product with itself: `(a+)+`,
   `(a|aa)+`, `\\d*\\d*` and `.*a.*b` are refused; paths that part and die are fine
   (`cat|cow`, `word(1|10)`, `\\w+ly`), so one attempt costs what it reads, times a
   constant;
4. a long repeat (unbounded, or more than 32 times) that anything can follow is entered
   only after a character it cannot match (`\\$\\d+px`), or at a `\\b` when it matches only
   word characters (`\\b\\w+px`), or after a lookbehind that excludes its characters: so two
   attempts of a search never read the same run twice. A repeat at the very end of the
   pattern needs none of this (the attempt succeeds once it stops reading).

Character sets are compared exactly (Unicode `\\w`, `\\d`, `\\s` as `re` defines them, case
folding as `re` applies it under IGNORECASE). The checks are sufficient, not necessary:
some linear patterns are refused (`(?:\\b|x)\\w+y`). Patterns are limited to 500
characters. tests/rules/test_data_rules.py times random accepted patterns on hostile text.
"""
from __future__ import annotations

import array
import bisect
import re
import sys
from dataclasses import dataclass, field
from functools import cache, lru_cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, TypeAlias

MAX_PATTERN_LENGTH = 500
MAX_POSITIONS = 300  # character matchers after small repeats are unrolled
MAX_STATES = 50_000  # pairs of partial paths explored
UNROLL = 4  # repeats of at most this many times are unrolled
LONG = 32  # repeats of more than this many times must not rescan (rule 4)

Charset = tuple[tuple[int, int], ...]  # sorted, disjoint, non-adjacent [lo, hi] ranges
ALL: Charset = ((0, 0x10FFFF),)
EMPTY: Charset = ()


class UnsafePattern(ValueError):
    """A pattern refused at load: str() names the construct and says why."""


# --- character sets -------------------------------------------------------------------


def _merge(ranges: list[tuple[int, int]]) -> Charset:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return tuple(out)


def union(*sets: Charset) -> Charset:
    return _merge([r for s in sets for r in s])


def complement(s: Charset) -> Charset:
    out, at = [], 0
    for lo, hi in s:
        if lo > at:
            out.append((at, lo - 1))
        at = hi + 1
    if at <= 0x10FFFF:
        out.append((at, 0x10FFFF))
    return tuple(out)


def intersect(a: Charset, b: Charset) -> Charset:
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


_SHOWN_FIRST = [ord(c) for c in "a0 -_.x/!@A\n"]


def example(s: Charset) -> int | None:
    """A character of `s` to show in a message: a familiar one when there is one."""
    for c in _SHOWN_FIRST:
        k = bisect.bisect_right(s, (c, 0x10FFFF)) - 1
        if k >= 0 and s[k][0] <= c <= s[k][1]:
            return c
    return s[0][0] if s else None


def witness(a: Charset, b: Charset) -> int | None:
    """A character in both sets, or None."""
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            return lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return None


def subset(a: Charset, b: Charset) -> bool:
    return witness(a, complement(b)) is None


@lru_cache(maxsize=1)
def _every_character() -> str:
    codes = array.array("I", range(0xD800))
    codes.extend(range(0xE000, 0x110000))
    if codes.itemsize != 4:  # pragma: no cover - no such platform in CI
        return "".join(map(chr, codes))
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")


@cache
def _category(pattern: str, ascii: bool) -> Charset:
    """The characters `re` matches with `pattern` (`\\w`, `\\d`, `\\s`), as ranges."""
    flags = re.ASCII if ascii else 0
    runs = re.finditer(pattern + "+", _every_character(), flags)
    return _merge([(ord(m.group()[0]), ord(m.group()[-1])) for m in runs])


_CATEGORIES = {
    C.CATEGORY_DIGIT: (r"\d", False), C.CATEGORY_NOT_DIGIT: (r"\d", True),
    C.CATEGORY_SPACE: (r"\s", False), C.CATEGORY_NOT_SPACE: (r"\s", True),
    C.CATEGORY_WORD: (r"\w", False), C.CATEGORY_NOT_WORD: (r"\w", True),
}


def category_set(cat: object, ascii: bool = False) -> Charset:
    if cat in (C.CATEGORY_LINEBREAK,):
        return ((10, 10),)
    if cat in (C.CATEGORY_NOT_LINEBREAK,):
        return complement(((10, 10),))
    base, negated = _CATEGORIES[cat]
    s = _category(base, ascii)
    return complement(s) if negated else s


def word_set(ascii: bool = False) -> Charset:
    return _category(r"\w", ascii)


@lru_cache(maxsize=1)
def _case_classes() -> tuple[list[int], dict[int, tuple[int, ...]]]:
    """Characters that have other cases, sorted, and each one's case class (the
    characters `re` treats as the same under IGNORECASE)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def join(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    text = _every_character()
    step = 512
    for start in range(0, len(text), step):
        chunk = text[start:start + step]
        if chunk.lower() == chunk and chunk.upper() == chunk:
            continue
        for ch in chunk:
            for other in (ch.lower(), ch.upper()):
                if len(other) == 1 and other != ch:
                    join(ord(ch), ord(other))
    try:
        from re import _casefix  # type: ignore[attr-defined]

        for a, extra in _casefix._EXTRA_CASES.items():
            for b in extra:
                join(a, b)
    except ImportError:  # pragma: no cover - older layouts
        pass
    classes: dict[int, list[int]] = {}
    for x in parent:
        classes.setdefault(find(x), []).append(x)
    members = {x: tuple(sorted(set(v) | {r})) for r, v in classes.items() for x in (*v, r)}
    return sorted(members), members


@lru_cache(maxsize=4096)
def case_closure(s: Charset) -> Charset:
    """`s` with every other case of its characters."""
    cased, members = _case_classes()
    extra: list[tuple[int, int]] = []
    for lo, hi in s:
        for k in range(bisect.bisect_left(cased, lo), bisect.bisect_right(cased, hi)):
            extra.extend((c, c) for c in members[cased[k]])
    return _merge([*s, *extra]) if extra else s


def describe_char(code: int) -> str:
    ch = chr(code)
    return repr(ch) if ch.isprintable() and not ch.isspace() else f"U+{code:04X}" + (" (space)" if ch == " " else "")


# --- the pattern's parse tree, shown back -------------------------------------------------

_CAT_TEXT = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_AT_TEXT = {
    C.AT_BEGINNING: "^", C.AT_BEGINNING_STRING: r"\A", C.AT_END: "$", C.AT_END_STRING: r"\Z",
    C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B",
}


def _lit(code: int, in_class: bool = False) -> str:
    ch = chr(code)
    if in_class:
        return "\\" + ch if ch in "\\]^-[" else (ch if ch.isprintable() else f"\\u{code:04x}")
    return re.escape(ch) if ch.isprintable() else f"\\u{code:04x}"


def render(items: Any) -> str:
    """A parse tree (or one item of it) as regex text: for messages."""
    if isinstance(items, tuple):
        return _render_item(items)
    return "".join(_render_item(it) for it in items)


def _render_set(av: Items) -> str:
    if len(av) == 1 and av[0][0] is C.CATEGORY:
        return _CAT_TEXT.get(av[0][1], "?")
    parts = []
    for sub_op, sub in av:
        if sub_op is C.NEGATE:
            parts.append("^")
        elif sub_op is C.LITERAL:
            parts.append(_lit(sub, True))
        elif sub_op is C.RANGE:
            parts.append(f"{_lit(sub[0], True)}-{_lit(sub[1], True)}")
        elif sub_op is C.CATEGORY:
            parts.append(_CAT_TEXT.get(sub, "?"))
    return "[" + "".join(parts) + "]"


_QUANTIFIERS = {(0, C.MAXREPEAT): "*", (1, C.MAXREPEAT): "+", (0, 1): "?"}


def _render_repeat(op: Any, lo: int, hi: Any, body: Items) -> str:
    inner = render(body)
    if not (len(body) == 1 and body[0][0] in (C.LITERAL, C.IN, C.ANY, C.NOT_LITERAL, C.SUBPATTERN)):
        inner = f"(?:{inner})"
    q = _QUANTIFIERS.get((lo, hi))
    if q is None:
        q = f"{{{lo},}}" if hi is C.MAXREPEAT else f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"
    return inner + q + ("?" if op is C.MIN_REPEAT else "+" if op is C.POSSESSIVE_REPEAT else "")


def _render_item(item: Item) -> str:
    op, av = item
    if op is C.LITERAL:
        return _lit(av)
    if op is C.NOT_LITERAL:
        return f"[^{_lit(av, True)}]"
    if op is C.ANY:
        return "."
    if op is C.IN:
        return _render_set(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return _render_repeat(op, *av)
    if op is C.SUBPATTERN:
        return "(" + ("" if av[0] is not None else "?:") + render(av[-1]) + ")"
    if op is C.ATOMIC_GROUP:
        return "(?>" + render(av) + ")"
    if op is C.BRANCH:
        return "(?:" + "|".join(render(b) for b in av[1]) + ")"
    if op is C.AT:
        return _AT_TEXT.get(av, "")
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, body = av
        kind = ("=" if op is C.ASSERT else "!") if direction == 1 else ("<=" if op is C.ASSERT else "<!")
        return f"(?{kind}{render(body)})"
    if op is C.GROUPREF:
        return f"\\{av}"
    return "…"


# --- the analysis -----------------------------------------------------------------------

# A guard says what may precede the character after it: ("not", set) or ("only", set)
# for the character before, "word" for \b before a word character.
Guard: TypeAlias = frozenset[tuple[str, Any]]
Items: TypeAlias = list[Any]  # a parse tree's items: (opcode, argument) pairs
Item: TypeAlias = tuple[Any, Any]


@dataclass
class _Frag:
    first: list[tuple[int, Guard]]  # (position, guards on the way in), every way kept
    last: list[tuple[int, Guard]]
    null: int  # ways to match nothing: 0, 1 or 2 (two or more)
    eguard: Guard = field(default_factory=frozenset)  # guards on the empty way (assertions)


@dataclass
class _Loop:
    tag: int
    text: str
    body: range  # its positions
    entries: set[int]
    long: bool
    tail: bool = False  # nothing after it can fail


@dataclass
class _Analysis:
    pattern: str
    positions: list[Charset] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    follow: list[list[tuple[int, int, Guard]]] = field(default_factory=list)  # (target, loop tag or -1, guards)
    loops: list[_Loop] = field(default_factory=list)
    start: list[tuple[int, Guard]] = field(default_factory=list)

    def refuse(self, why: str) -> UnsafePattern:
        return UnsafePattern(f"pattern {self.pattern!r}: {why}")

    def new_position(self, chars: Charset, text: str) -> int:
        if len(self.positions) >= MAX_POSITIONS:
            raise self.refuse(f"too complex (more than {MAX_POSITIONS} character matchers, small repeats expanded)")
        self.positions.append(chars)
        self.texts.append(text)
        self.follow.append([])
        return len(self.positions) - 1

    # -- building ----------------------------------------------------------------------
    def seq(self, items: Items, flags: int, tail: bool) -> _Frag:
        acc = _Frag([], [], 1)
        for k, item in enumerate(items):
            rest_empty = all(_never_fails_empty(it) for it in items[k + 1:])
            acc = self.concat(acc, self.item(item, flags, tail and rest_empty))
        return acc

    def concat(self, a: _Frag, b: _Frag) -> _Frag:
        for q, gq in a.last:
            for t, gt in b.first:
                self.follow[q].append((t, -1, gq | gt))
        first = list(a.first)
        if a.null:
            first += [(t, g | a.eguard) for t, g in b.first] * a.null
        last = list(b.last)
        if b.null:
            last += [(q, g | b.eguard) for q, g in a.last] * b.null
        return _Frag(first, last, min(2, a.null * b.null), a.eguard | b.eguard)

    def char(self, chars: Charset, text: str) -> _Frag:
        p = self.new_position(chars, text)
        return _Frag([(p, frozenset())], [(p, frozenset())], 0)

    def item(self, item: Item, flags: int, tail: bool) -> _Frag:
        op, av = item
        icase = bool(flags & C.SRE_FLAG_IGNORECASE)
        ascii = bool(flags & C.SRE_FLAG_ASCII)
        if op is C.LITERAL:
            s: Charset = ((av, av),)
            return self.char(case_closure(s) if icase else s, render(item))
        if op is C.NOT_LITERAL:
            s = ((av, av),)
            return self.char(complement(case_closure(s) if icase else s), render(item))
        if op is C.ANY:
            return self.char(ALL if flags & C.SRE_FLAG_DOTALL else complement(((10, 10),)), ".")
        if op is C.IN:
            return self.char(_in_set(av, icase, ascii), render(item))
        if op is C.SUBPATTERN:
            _group, add, drop, body = av
            return self.seq(body, (flags | add) & ~drop, tail)
        if op is C.ATOMIC_GROUP:
            return self.seq(av, flags, tail)
        if op is C.BRANCH:
            frags = [self.seq(b, flags, tail) for b in av[1]]
            empty = [f for f in frags if f.null]
            eguard = empty[0].eguard if len(empty) == 1 else frozenset()
            return _Frag(
                [x for f in frags for x in f.first], [x for f in frags for x in f.last],
                min(2, sum(f.null for f in frags)), eguard,
            )
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            return self.repeat(item, flags, tail)
        if op is C.AT:
            return _Frag([], [], 1, _at_guard(av, flags))
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, body = av
            self.lookaround(item, body, flags)
            guard: Guard = frozenset()
            if direction == -1 and len(body) == 1 and body[0][0] in (C.LITERAL, C.IN, C.NOT_LITERAL, C.ANY):
                sub = _Analysis(self.pattern)
                p = sub.item(body[0], flags, False).first[0][0]
                guard = frozenset({("only" if op is C.ASSERT else "not", sub.positions[p])})
            return _Frag([], [], 1, guard)
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            what = "a backreference" if op is C.GROUPREF else "a conditional group"
            raise self.refuse(f"{what} (`{render(item)}`) cannot be matched in linear time")
        raise self.refuse(f"unsupported construct ({op})")

    def lookaround(self, item: Item, body: Items, flags: int) -> None:
        lo, hi = P.SubPattern(P.State(), body).getwidth() if body else (0, 0)
        if hi > LONG:
            raise self.refuse(
                f"the lookaround `{render(item)}` holds a long repeat: it would read ahead from every position"
            )
        # Its own matchers: deterministic too (checked with the rest), entered from a
        # pseudo-state that reads nothing.
        anchor = self.new_position(EMPTY, render(item))
        frag = self.seq(body, flags, False)
        for t, g in frag.first:
            self.follow[anchor].append((t, -1, g))

    def repeat(self, item: Item, flags: int, tail: bool) -> _Frag:
        op, (lo, hi, body) = item
        if hi == 0:
            return _Frag([], [], 1)
        if hi <= UNROLL and _size(body) * hi <= 64:
            # Small repeats are expanded: a{2,3} is aa(a)?, exactly the ways `re` tries.
            acc = _Frag([], [], 1)
            for _ in range(lo):
                acc = self.concat(acc, self.seq(body, flags, False))
            opt = _Frag([], [], 1)
            for _ in range(hi - lo):
                part = self.seq(body, flags, False)
                inner = self.concat(part, opt)
                opt = _Frag(inner.first, inner.last, min(2, inner.null + 1))
            return self.concat(acc, opt)
        start = len(self.positions)
        frag = self.seq(body, flags, False)
        text = render(item)
        if frag.null:
            raise self.refuse(f"`{text}` repeats something that can match nothing")
        tag = len(self.loops)
        long = hi is C.MAXREPEAT or hi > LONG
        self.loops.append(_Loop(tag, text, range(start, len(self.positions)), {t for t, _ in frag.first}, long,
                                tail and lo <= LONG))
        for q, gq in frag.last:
            for t, gt in frag.first:
                self.follow[q].append((t, tag, gq | gt))
        return _Frag(frag.first, frag.last, 1 if lo == 0 else 0)

    # -- checking ------------------------------------------------------------------------
    def check_ambiguity(self) -> None:
        """Refuse when some text can be read along two partial paths that meet again
        (`(a+)+`: the same characters, repeated by either repeat) or that can both go on
        reading a run (`\\d+\\d+`): the pairs of paths are the states of the product of
        the automaton with itself. Paths that part and die (`cat|cow`, `\\w+ly`) are fine."""
        out: dict[int, list[tuple[int, int]]] = {-1: [(t, -1) for t, _ in self.start]}
        for q, f in enumerate(self.follow):
            out[q] = [(t, tag) for t, tag, _ in f]
        overlap: dict[tuple[int, int], int | None] = {}

        def common(t1: int, t2: int) -> int | None:
            key = (t1, t2) if t1 <= t2 else (t2, t1)
            if key not in overlap:
                overlap[key] = witness(self.positions[t1], self.positions[t2])
            return overlap[key]

        starts = [-1] + [q for q, chars in enumerate(self.positions) if not chars]  # lookarounds' own starts
        seen: set[tuple[int, int, bool]] = set()
        stack = [(q, q, False) for q in starts]
        parted: dict[tuple[int, int], list[tuple[int, int]]] = {}
        while stack:
            state = stack.pop()
            if state in seen:
                continue
            seen.add(state)
            if len(seen) > MAX_STATES:
                raise self.refuse("too complex to check (too many ways to read the same text)")
            p, q, apart = state
            if apart:
                nexts = self._apart(p, q, out, common)
                parted[(p, q)] = nexts
                stack.extend((a, b, True) for a, b in nexts)
            else:
                stack.extend(self._together(p, out, common))
        for p, q in _cyclic(parted):
            raise self.refuse(self._shared_run(p, q, common(p, q)))

    def _together(self, p: int, out: dict[int, list[tuple[int, int]]], common: Any) -> list[tuple[int, int, bool]]:
        """From one path at `p`: the same path on, or two paths that part."""
        found = []
        edges = out[p]
        for i, (t1, tag1) in enumerate(edges):
            found.append((t1, t1, False))
            for t2, tag2 in edges[i + 1:]:
                if common(t1, t2) is None:
                    continue
                if t1 == t2:
                    raise self.refuse(self._merge(t1, tag1, tag2))
                found.append((min(t1, t2), max(t1, t2), True))
        return found

    def _apart(self, p: int, q: int, out: dict[int, list[tuple[int, int]]], common: Any) -> list[tuple[int, int]]:
        """From two paths at `p` and `q` that read the same text: where both can go on."""
        nexts = []
        for t1, tag1 in out[p]:
            for t2, tag2 in out[q]:
                if common(t1, t2) is None:
                    continue
                if t1 == t2:
                    lp, lq = self._innermost_loop(p), self._innermost_loop(q)
                    if lp is not None and lq is not None and lp is not lq:
                        raise self.refuse(self._shared_run(p, q, common(p, q)))
                    raise self.refuse(self._merge(t1, tag1, tag2))
                nexts.append((min(t1, t2), max(t1, t2)))
        return nexts

    def _innermost_loop(self, p: int) -> _Loop | None:
        inside = [loop for loop in self.loops if p in loop.body]
        return min(inside, key=lambda loop: len(loop.body)) if inside else None

    def _merge(self, t: int, tag1: int, tag2: int) -> str:
        if tag1 >= 0 and tag2 >= 0 and tag1 != tag2:
            outer = self.loops[max(tag1, tag2)]
            return (f"nested repeat `{outer.text}`: the same characters can be repeated by the inner or the outer "
                    f"repeat, so a failing match tries exponentially many ways")
        loop = self._innermost_loop(t)
        where = f" in `{loop.text}`" if loop is not None else ""
        return (f"the same text can be matched in two ways that meet again at `{self.texts[t]}`{where}, so a "
                f"failing match tries every combination (repeats or alternatives that match alike: factor them)")

    def _shared_run(self, p: int, q: int, w: int | None) -> str:
        w = example(intersect(self.positions[p], self.positions[q]))
        ch = describe_char(w) if w is not None else "the same characters"
        lp, lq = self._innermost_loop(p), self._innermost_loop(q)
        if lp is not None and lq is not None and lp is not lq:
            return (f"`{lp.text}` and `{lq.text}` can both match a run of {ch}: a failing match tries every way to "
                    f"share the run between them (polynomial time)")
        loop = lp or lq
        what = f"`{loop.text}`" if loop is not None else "the pattern"
        return (f"{what} can match a run of {ch} in more than one way: a failing match tries them all "
                f"(exponential time)")

    def check_rescans(self, ascii: bool) -> None:
        for loop in self.loops:
            if not loop.long or loop.tail:
                continue
            chars = union(*(self.positions[p] for p in loop.body))
            sources = [(-1, self.start)] + [(q, [(t, g) for t, tag, g in f if tag != loop.tag])
                                             for q, f in enumerate(self.follow)]
            for q, targets in sources:
                if q in loop.body or (q >= 0 and not self.positions[q]):
                    continue  # inside the loop, or a lookaround's pseudo-state
                before = ALL if q < 0 else self.positions[q]
                for t, guards in targets:
                    if t not in loop.entries:
                        continue
                    allowed = _apply_guards(before, guards, self.positions[t], ascii)
                    w = example(intersect(allowed, chars))
                    if w is None:
                        continue
                    if q < 0:
                        raise self.refuse(
                            f"`{loop.text}` can start anywhere a search tries: on a long run of {describe_char(w)} "
                            f"each start rescans the run (quadratic time); start the pattern with `\\b` or with a "
                            f"character the repeat cannot match"
                        )
                    raise self.refuse(
                        f"`{loop.text}` can start right after `{self.texts[q]}`, which matches {describe_char(w)} "
                        f"like the repeat: on a long run of it each start rescans the run (quadratic time); put "
                        f"`\\b` or a character the repeat cannot match before it"
                    )


def _cyclic(edges: dict[tuple[int, int], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The nodes of `edges` that lie on a cycle (iterative Tarjan)."""
    index: dict[tuple[int, int], int] = {}
    low: dict[tuple[int, int], int] = {}
    on: set[tuple[int, int]] = set()
    stack: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on.add(node)
            succ = edges.get(node, [])
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    x = stack.pop()
                    on.discard(x)
                    component.append(x)
                    if x == node:
                        break
                if len(component) > 1 or node in edges.get(node, []):
                    found.extend(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def _refuse_references(a: _Analysis, items: Items) -> None:
    for item in items:
        op, av = item
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            what = "a backreference" if op is C.GROUPREF else "a conditional group"
            raise a.refuse(f"{what} (`{render(item)}`) cannot be matched in linear time")
        for sub in _children(item):
            _refuse_references(a, sub)


def _children(item: Item) -> list[Items]:
    op, av = item
    if op is C.SUBPATTERN:
        return [av[-1]]
    if op is C.ATOMIC_GROUP:
        return [av]
    if op is C.BRANCH:
        return list(av[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return []


def _never_fails_empty(item: Item) -> bool:
    """Whether `item` can always match nothing without an assertion on the way."""
    lo, _hi = P.SubPattern(P.State(), [item]).getwidth()
    if lo:
        return False
    return not _has_assertion([item])


def _has_assertion(items: Items) -> bool:
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF, C.GROUPREF_EXISTS):
            return True
        if op is C.SUBPATTERN and _has_assertion(av[-1]):
            return True
        if op is C.ATOMIC_GROUP and _has_assertion(av):
            return True
        if op is C.BRANCH and any(_has_assertion(b) for b in av[1]):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and _has_assertion(av[2]):
            return True
    return False


def _size(items: Items) -> int:
    n = 0
    for op, av in items:
        if op is C.SUBPATTERN:
            n += _size(av[-1])
        elif op is C.ATOMIC_GROUP:
            n += _size(av)
        elif op is C.BRANCH:
            n += sum(_size(b) for b in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            n += _size(av[2]) * min(av[1] if av[1] is not C.MAXREPEAT else 1, 64)
        else:
            n += 1
    return n


def _in_set(items: Items, icase: bool, ascii: bool) -> Charset:
    negate = False
    parts: list[Charset] = []
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            parts.append(((av, av),))
        elif op is C.RANGE:
            parts.append(((av[0], av[1]),))
        elif op is C.CATEGORY:
            parts.append(category_set(av, ascii))
        else:  # pragma: no cover - the parser emits nothing else inside [...]
            parts.append(ALL)
    s = union(*parts)
    if icase:
        s = case_closure(s)
    return complement(s) if negate else s


def _at_guard(at: object, flags: int) -> Guard:
    if at is C.AT_BEGINNING_STRING or (at is C.AT_BEGINNING and not flags & C.SRE_FLAG_MULTILINE):
        return frozenset({("only", EMPTY)})
    if at is C.AT_BEGINNING:
        return frozenset({("only", ((10, 10),))})
    if at is C.AT_BOUNDARY:
        return frozenset({("word", bool(flags & C.SRE_FLAG_ASCII))})
    return frozenset()


def _apply_guards(before: Charset, guards: Guard, entry: Charset, ascii: bool) -> Charset:
    """What may stand before a repeat's first character, given the assertions between."""
    for kind, arg in guards:
        if kind == "only":
            before = EMPTY if witness(before, arg) is None else tuple(
                r for r in _merge([(max(a[0], b[0]), min(a[1], b[1])) for a in before for b in arg
                                   if max(a[0], b[0]) <= min(a[1], b[1])])
            )
        elif kind == "not":
            before = _merge([(max(a[0], b[0]), min(a[1], b[1])) for a in before for b in complement(arg)
                             if max(a[0], b[0]) <= min(a[1], b[1])])
        elif kind == "word":
            word = word_set(arg)
            if subset(entry, word):  # \b before a word character: no word character before it
                before = _merge([(max(a[0], b[0]), min(a[1], b[1])) for a in before for b in complement(word)
                                 if max(a[0], b[0]) <= min(a[1], b[1])])
    return before


def analyze(pattern: str, flags: int = 0) -> None:
    """Raise UnsafePattern when `pattern` (with `re` flags) may take more than linear time
    on some text, or is not a valid pattern."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise UnsafePattern(f"pattern is {len(pattern)} characters long; the limit is {MAX_PATTERN_LENGTH}")
    try:
        tree = P.parse(pattern, flags)
    except re.error as exc:
        raise UnsafePattern(f"pattern {pattern!r}: not a valid regular expression: {exc}") from None
    a = _Analysis(pattern)
    _refuse_references(a, list(tree))
    all_flags = tree.state.flags
    frag = a.seq(list(tree), all_flags, True)
    a.start = frag.first
    a.check_ambiguity()
    a.check_rescans(bool(all_flags & C.SRE_FLAG_ASCII))


def compile_safe(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` once `analyze` accepts it."""
    analyze(pattern, flags)
    try:
        return re.compile(pattern, flags)
    except re.error as exc:  # pragma: no cover - parse() accepted it
        raise UnsafePattern(f"pattern {pattern!r}: {exc}") from None
