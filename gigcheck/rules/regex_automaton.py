"""The automaton the linear-time check of patterns (rules/regex_safety.py) explores: a
Glushkov automaton built over the parse tree `re` runs, one position per character matcher,
with every way from one matcher to the next kept (so a nested repeat gives the same
transition twice), and the assertions on each way kept as guards."""
from __future__ import annotations

from dataclasses import dataclass, field
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any, TypeAlias

from gigcheck.rules.regex_charsets import ALL, EMPTY, Charset, case_closure, category_set, complement, union
from gigcheck.rules.regex_tree import REPEATS, Item, Items, never_fails_empty, render, size

MAX_POSITIONS = 300  # character matchers after small repeats are unrolled
UNROLL = 4  # repeats of at most this many times are unrolled
LONG = 32  # repeats of more than this many times must not rescan (rule 4 of regex_safety)


class UnsafePattern(ValueError):
    """A pattern refused at load: str() names the construct and says why."""


# A guard says what may precede the character after it: ("not", set) or ("only", set)
# for the character before, "word" for \b before a word character.
Guard: TypeAlias = frozenset[tuple[str, Any]]


@dataclass
class _Frag:
    """A part of the pattern under construction: the positions it can start and end at."""

    first: list[tuple[int, Guard]]  # (position, guards on the way in), every way kept
    last: list[tuple[int, Guard]]
    null: int  # ways to match nothing: 0, 1 or 2 (two or more)
    eguard: Guard = field(default_factory=frozenset)  # guards on the empty way (assertions)


@dataclass
class Loop:
    """A repeat that is not unrolled: its positions, and those its body starts at."""

    tag: int
    text: str
    body: range  # its positions
    entries: set[int]
    long: bool
    tail: bool = False  # nothing after it can fail


@dataclass
class Automaton:
    """Positions (the characters each matches, and its pattern text for messages), the
    transitions out of each, the loops, and the positions a match can start at. Built by
    `seq` over the whole pattern; refuses (raises UnsafePattern) what it cannot build
    within bounds."""

    pattern: str
    positions: list[Charset] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    follow: list[list[tuple[int, int, Guard]]] = field(default_factory=list)  # (target, loop tag or -1, guards)
    loops: list[Loop] = field(default_factory=list)
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

    def seq(self, items: Items, flags: int, tail: bool) -> _Frag:
        acc = _Frag([], [], 1)
        for k, item in enumerate(items):
            rest_empty = all(never_fails_empty(it) for it in items[k + 1:])
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
        if op in REPEATS:
            return self.repeat(item, flags, tail)
        if op is C.AT:
            return _Frag([], [], 1, _at_guard(av, flags))
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, body = av
            self.lookaround(item, body, flags)
            guard: Guard = frozenset()
            if direction == -1 and len(body) == 1 and body[0][0] in (C.LITERAL, C.IN, C.NOT_LITERAL, C.ANY):
                sub = Automaton(self.pattern)
                p = sub.item(body[0], flags, False).first[0][0]
                guard = frozenset({("only" if op is C.ASSERT else "not", sub.positions[p])})
            return _Frag([], [], 1, guard)
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            raise self.refuse(reference_refusal(item))
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
        if hi <= UNROLL and size(body) * hi <= 64:
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
        self.loops.append(Loop(tag, text, range(start, len(self.positions)), {t for t, _ in frag.first}, long,
                                tail and lo <= LONG))
        for q, gq in frag.last:
            for t, gt in frag.first:
                self.follow[q].append((t, tag, gq | gt))
        return _Frag(frag.first, frag.last, 1 if lo == 0 else 0)

    def innermost_loop(self, p: int) -> Loop | None:
        """The smallest repeat whose body holds position `p`."""
        inside = [loop for loop in self.loops if p in loop.body]
        return min(inside, key=lambda loop: len(loop.body)) if inside else None


def reference_refusal(item: Item) -> str:
    """Why a backreference or conditional group is refused."""
    what = "a backreference" if item[0] is C.GROUPREF else "a conditional group"
    return f"{what} (`{render(item)}`) cannot be matched in linear time"


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
