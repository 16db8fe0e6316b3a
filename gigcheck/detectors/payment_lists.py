"""Lists of payment services in a run ("iDEAL, Bancontact en PayPal"): what is said next
to a list is said of each of its services, so the readings of payment.py ask for the span
of the list a service stands in. Computed once per run.
"""
from __future__ import annotations

import bisect

from gigcheck.detectors.lexicon import Match
from gigcheck.detectors.run_scan import RunScan, kinds
from gigcheck.detectors.triggers import SERVICE, SERVICE_AMBIGUOUS
from gigcheck.regex_cache import cached_regex
from gigcheck.text.letters import LETTER_RUN

WORDS = cached_regex(rf"{LETTER_RUN}")


# Between two services of one list: a comma, a slash, "&", or a short conjunction ("and",
# "y", "en", "und", "ve", "dan", "или").
_LIST_GAP = cached_regex(r"\s*[,/&+]?\s*(?:[^\W\d_]{1,4}\s+)?")


def list_span(scan: RunScan, t: Match) -> tuple[int, int]:
    """The span of the list of services `t` stands in ("iDEAL, Bancontact en PayPal"):
    a work word next to the list is next to each of its services."""
    services, starts, ends, first, last = service_lists(scan)
    text = scan.text
    a, b = t.start, t.end
    p = bisect.bisect_right(ends, a) - 1  # the service right before `t` (triggers do not overlap)
    if p >= 0 and listed(text, services[p].end, a):
        a = services[first[p]].start
    q = bisect.bisect_left(starts, b)  # the service right after it
    if q < len(services) and listed(text, b, services[q].start):
        b = services[last[q]].end
    return a, b


def listed(text: str, end: int, start: int) -> bool:
    """Whether a service ending at `end` and one starting at `start` stand in one list."""
    gap = _LIST_GAP.match(text, end, start)
    return gap is not None and gap.end() == start and end != start


_Lists = tuple[list[Match], list[int], list[int], list[int], list[int]]


def service_lists(scan: RunScan) -> _Lists:
    """The services of a run in order, with the first and last service of the list each
    one stands in: computed once per run, so that a list of thousands costs no more than
    reading it."""
    got = scan.memo.get(("service_lists",))
    if got is None:
        services = [o for o in scan.triggers_in(0, len(scan.text) + 1) if kinds(o) & {SERVICE, SERVICE_AMBIGUOUS}]
        first = list(range(len(services)))
        last = list(range(len(services)))
        for i in range(1, len(services)):
            if listed(scan.text, services[i - 1].end, services[i].start):
                first[i] = first[i - 1]
        for i in range(len(services) - 2, -1, -1):
            if listed(scan.text, services[i].end, services[i + 1].start):
                last[i] = last[i + 1]
        got = (services, [o.start for o in services], [o.end for o in services], first, last)
        scan.memo[("service_lists",)] = got
    return got  # type: ignore[return-value]
