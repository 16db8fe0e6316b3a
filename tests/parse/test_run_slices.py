"""A run's sub-runs and built runs map to the same source as the pieces they came from.

The whole run retagged (a heading) keeps its segments as they are; a zero-width piece at
its end is dropped exactly as any other slice drops it.
"""
from __future__ import annotations

from gigcheck.document.inline import RunBuilder
from gigcheck.records import Segment, TextRun


def _segments(run: TextRun) -> list[tuple[int, int, int, int]]:
    return [(s.text_start, s.src_start, s.text_len, s.src_len) for s in run.segments]


def test_whole_run_slice_keeps_every_segment() -> None:
    run = TextRun("a&b", "description", "text", (Segment(0, 10, 1, 1), Segment(1, 11, 1, 5), Segment(2, 16, 1, 1)))
    whole = run.slice(0, 3, section="faq", kind="heading")
    assert (whole.text, whole.section, whole.kind) == ("a&b", "faq", "heading")
    assert _segments(whole) == _segments(run)
    assert whole.src_span(1, 2) == (11, 16)


def test_whole_run_slice_drops_a_zero_width_piece_at_its_end() -> None:
    # "ab" then an empty piece that stood for 3 source characters (`&zwj;`-like)
    run = TextRun("ab", "description", "text", (Segment(0, 0, 2, 2), Segment(2, 2, 0, 3)))
    assert _segments(run.slice(0, 2)) == [(0, 0, 2, 2)]
    assert _segments(run.slice(0, 1)) == [(0, 0, 1, 1)]


def test_builder_skips_pieces_that_map_nothing() -> None:
    b = RunBuilder()
    b.add("ab", 4, 2)
    b.add("", 6, 0)  # nothing, from nowhere
    b.add("", 6, 5)  # nothing, from five characters of source
    b.add("c", 11, 1)
    run = b.build("description", "text")
    assert run is not None and run.text == "abc"
    assert _segments(run) == [(0, 4, 2, 2), (2, 6, 0, 5), (2, 11, 1, 1)]
    assert RunBuilder().build("description", "text") is None
    empty = RunBuilder()
    empty.add("", 3, 0)
    assert empty.build("description", "text") is None


def _walked(run: TextRun, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """The segments of `run.slice(start, end)` found by walking every segment of the run."""
    out = []
    for seg in run.segments:
        s0, s1 = seg.text_start, seg.text_start + seg.text_len
        a, b = max(s0, start), min(s1, end)
        if a >= b and not (seg.text_len == 0 and start <= s0 < end):
            continue
        if seg.text_len == seg.src_len:
            out.append((a - start, seg.src_start + (a - s0), b - a, b - a))
        else:
            out.append((a - start, seg.src_start, b - a, seg.src_len))
    return out or [(0, run.src_offset(start), 0, 0)]


def test_every_slice_of_a_many_segment_run_matches_a_walk_of_all_its_segments() -> None:
    # verbatim pieces, entities (1 character from 5) and empty pieces, the way a hard-wrapped
    # paragraph with entities and zero-width characters is built; a slice looks up its first
    # segment instead of walking them all (a run cut line by line was quadratic)
    b = RunBuilder()
    src = 0
    for k in range(40):
        b.add("ab\n"[: 1 + k % 3], src, 1 + k % 3)
        src += 1 + k % 3
        if k % 4 == 0:
            b.add("&", src, 5)
            src += 5
        if k % 5 == 0:
            b.add("", src, 3)
            src += 3
    run = b.build("description", "text")
    assert run is not None and len(run.segments) > 50
    n = len(run.text)
    for start in range(n + 1):
        for end in range(start, n + 1):
            assert _segments(run.slice(start, end)) == _walked(run, start, end), (start, end)
