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
   reading a run. The pattern is built as a Glushkov automaton (rules/regex_automaton.py:
   one state per character matcher, transitions labelled by the matcher's characters,
   every way from one matcher to the next kept, so a nested repeat gives the same
   transition twice), and pairs of paths reading the same text are explored in its
   product with itself: `(a+)+`, `(a|aa)+`, `\\d*\\d*` and `.*a.*b` are refused; paths
   that part and die are fine (`cat|cow`, `word(1|10)`, `\\w+ly`), so one attempt costs
   what it reads, times a constant;
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

import re
from collections.abc import Callable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from gigcheck.rules.regex_automaton import Automaton, Guard, UnsafePattern, reference_refusal
from gigcheck.rules.regex_charsets import (
    ALL,
    Charset,
    complement,
    describe_char,
    example,
    intersect,
    subset,
    union,
    witness,
    word_set,
)
from gigcheck.rules.regex_tree import Items, children

__all__ = ["MAX_PATTERN_LENGTH", "UnsafePattern", "analyze", "compile_safe"]

MAX_PATTERN_LENGTH = 500
MAX_STATES = 50_000  # pairs of partial paths explored

Edges = dict[int, list[tuple[int, int]]]  # position (-1: the start) -> (target, loop tag or -1)
Common = Callable[[int, int], int | None]  # a character two positions both match


def analyze(pattern: str, flags: int = 0) -> None:
    """Raise UnsafePattern when `pattern` (with `re` flags) may take more than linear time
    on some text, or is not a valid pattern."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise UnsafePattern(f"pattern is {len(pattern)} characters long; the limit is {MAX_PATTERN_LENGTH}")
    try:
        tree = P.parse(pattern, flags)
    except re.error as exc:
        raise UnsafePattern(f"pattern {pattern!r}: not a valid regular expression: {exc}") from None
    a = Automaton(pattern)
    _refuse_references(a, list(tree))
    all_flags = tree.state.flags
    frag = a.seq(list(tree), all_flags, True)
    a.start = frag.first
    _check_ambiguity(a)
    _check_rescans(a, bool(all_flags & C.SRE_FLAG_ASCII))


def compile_safe(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` once `analyze` accepts it."""
    analyze(pattern, flags)
    try:
        return re.compile(pattern, flags)
    except re.error as exc:  # pragma: no cover - parse() accepted it
        raise UnsafePattern(f"pattern {pattern!r}: {exc}") from None


def _refuse_references(a: Automaton, items: Items) -> None:
    """Rule 1, before the automaton is built: so that a backreference is named as the
    reason wherever it is, not whatever the automaton would stop at first."""
    for item in items:
        if item[0] in (C.GROUPREF, C.GROUPREF_EXISTS):
            raise a.refuse(reference_refusal(item))
        for sub in children(item):
            _refuse_references(a, sub)


# --- rule 3: no two ways to read the same text ---------------------------------------------


def _check_ambiguity(a: Automaton) -> None:
    """Refuse when some text can be read along two partial paths that meet again
    (`(a+)+`: the same characters, repeated by either repeat) or that can both go on
    reading a run (`\\d+\\d+`): the pairs of paths are the states of the product of
    the automaton with itself. Paths that part and die (`cat|cow`, `\\w+ly`) are fine."""
    out: Edges = {-1: [(t, -1) for t, _ in a.start]}
    for q, f in enumerate(a.follow):
        out[q] = [(t, tag) for t, tag, _ in f]
    overlap: dict[tuple[int, int], int | None] = {}

    def common(t1: int, t2: int) -> int | None:
        key = (t1, t2) if t1 <= t2 else (t2, t1)
        if key not in overlap:
            overlap[key] = witness(a.positions[t1], a.positions[t2])
        return overlap[key]

    starts = [-1] + [q for q, chars in enumerate(a.positions) if not chars]  # lookarounds' own starts
    seen: set[tuple[int, int, bool]] = set()
    stack = [(q, q, False) for q in starts]
    parted: dict[tuple[int, int], list[tuple[int, int]]] = {}
    while stack:
        state = stack.pop()
        if state in seen:
            continue
        seen.add(state)
        if len(seen) > MAX_STATES:
            raise a.refuse("too complex to check (too many ways to read the same text)")
        p, q, apart = state
        if apart:
            nexts = _apart(a, p, q, out, common)
            parted[(p, q)] = nexts
            stack.extend((x, y, True) for x, y in nexts)
        else:
            stack.extend(_together(a, p, out, common))
    for p, q in _cyclic(parted):
        raise a.refuse(_shared_run(a, p, q))


def _together(a: Automaton, p: int, out: Edges, common: Common) -> list[tuple[int, int, bool]]:
    """From one path at `p`: the same path on, or two paths that part."""
    found = []
    edges = out[p]
    for i, (t1, tag1) in enumerate(edges):
        found.append((t1, t1, False))
        for t2, tag2 in edges[i + 1:]:
            if common(t1, t2) is None:
                continue
            if t1 == t2:
                raise a.refuse(_merge(a, t1, tag1, tag2))
            found.append((min(t1, t2), max(t1, t2), True))
    return found


def _apart(a: Automaton, p: int, q: int, out: Edges, common: Common) -> list[tuple[int, int]]:
    """From two paths at `p` and `q` that read the same text: where both can go on."""
    nexts = []
    for t1, tag1 in out[p]:
        for t2, tag2 in out[q]:
            if common(t1, t2) is None:
                continue
            if t1 == t2:
                lp, lq = a.innermost_loop(p), a.innermost_loop(q)
                if lp is not None and lq is not None and lp is not lq:
                    raise a.refuse(_shared_run(a, p, q))
                raise a.refuse(_merge(a, t1, tag1, tag2))
            nexts.append((min(t1, t2), max(t1, t2)))
    return nexts


def _merge(a: Automaton, t: int, tag1: int, tag2: int) -> str:
    """Why two paths that meet again at `t` (through loops `tag1`, `tag2`) are refused."""
    if tag1 >= 0 and tag2 >= 0 and tag1 != tag2:
        outer = a.loops[max(tag1, tag2)]
        return (f"nested repeat `{outer.text}`: the same characters can be repeated by the inner or the outer "
                f"repeat, so a failing match tries exponentially many ways")
    loop = a.innermost_loop(t)
    where = f" in `{loop.text}`" if loop is not None else ""
    return (f"the same text can be matched in two ways that meet again at `{a.texts[t]}`{where}, so a "
            f"failing match tries every combination (repeats or alternatives that match alike: factor them)")


def _shared_run(a: Automaton, p: int, q: int) -> str:
    """Why two paths at `p` and `q` that can both go on reading a run are refused."""
    w = example(intersect(a.positions[p], a.positions[q]))
    ch = describe_char(w) if w is not None else "the same characters"
    lp, lq = a.innermost_loop(p), a.innermost_loop(q)
    if lp is not None and lq is not None and lp is not lq:
        return (f"`{lp.text}` and `{lq.text}` can both match a run of {ch}: a failing match tries every way to "
                f"share the run between them (polynomial time)")
    loop = lp or lq
    what = f"`{loop.text}`" if loop is not None else "the pattern"
    return (f"{what} can match a run of {ch} in more than one way: a failing match tries them all "
            f"(exponential time)")


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


# --- rule 4: no rescans ----------------------------------------------------------------------


def _check_rescans(a: Automaton, ascii: bool) -> None:
    for loop in a.loops:
        if not loop.long or loop.tail:
            continue
        chars = union(*(a.positions[p] for p in loop.body))
        sources = [(-1, a.start)] + [(q, [(t, g) for t, tag, g in f if tag != loop.tag])
                                     for q, f in enumerate(a.follow)]
        for q, targets in sources:
            if q in loop.body or (q >= 0 and not a.positions[q]):
                continue  # inside the loop, or a lookaround's pseudo-state
            before = ALL if q < 0 else a.positions[q]
            for t, guards in targets:
                if t not in loop.entries:
                    continue
                allowed = _apply_guards(before, guards, a.positions[t], ascii)
                w = example(intersect(allowed, chars))
                if w is None:
                    continue
                if q < 0:
                    raise a.refuse(
                        f"`{loop.text}` can start anywhere a search tries: on a long run of {describe_char(w)} "
                        f"each start rescans the run (quadratic time); start the pattern with `\\b` or with a "
                        f"character the repeat cannot match"
                    )
                raise a.refuse(
                    f"`{loop.text}` can start right after `{a.texts[q]}`, which matches {describe_char(w)} "
                    f"like the repeat: on a long run of it each start rescans the run (quadratic time); put "
                    f"`\\b` or a character the repeat cannot match before it"
                )


def _apply_guards(before: Charset, guards: Guard, entry: Charset, ascii: bool) -> Charset:
    """What may stand before a repeat's first character, given the assertions between."""
    for kind, arg in guards:
        if kind == "only":
            before = intersect(before, arg)
        elif kind == "not":
            before = intersect(before, complement(arg))
        elif kind == "word":
            word = word_set(arg)
            if subset(entry, word):  # \b before a word character: no word character before it
                before = intersect(before, complement(word))
    return before
