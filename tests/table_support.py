"""Table tests: one test that checks every case of a table, for the thousands of cases
that each lint one short text.

As separate parametrized tests, every case paid pytest's and xdist's cost of a test (its
setup and teardown, a report sent from the worker to the controller and printed there):
about 1.4 ms of CPU each, more than linting the text itself once the vocabulary is built.
A table test checks every case in turn and fails when any one of them fails, naming EVERY
failing case (its id as pytest would write it, and its check's message): nothing is lost
but the count of tests.

    @table_test("text", HONEST)
    def test_an_honest_number_is_no_phone(lint, text):
        assert worst(lint, text) == "clean", reported(lint, text)

The decorated function is the check of one case; its other parameters are fixtures, set
up once for the whole table (only the ones a check can share: `lint`, `grammar`, ...; a
check that needs a fresh `tmp_path` per case stays parametrized). The cases stay visible to
tests/tools/case_inventory.py (`TABLE_CASES`), which counts each of them as a case.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

from _pytest.mark.structures import ParameterSet

TABLE_CASES = "table_cases"  # the attribute of a table test that lists its cases' parameters


def _case_id(values: dict[str, Any]) -> str:
    """The case's id as pytest's parametrize writes it: each value printable as is (str,
    numbers, None, bools) escaped to ASCII, joined by "-"."""
    parts = []
    for value in values.values():
        if isinstance(value, str):
            parts.append(value.encode("unicode_escape").decode("ascii"))
        elif value is None or isinstance(value, (int, float, bool)):
            parts.append(str(value))
        else:
            parts.append(repr(value))
    return "-".join(parts)


Ids = Sequence[str] | Callable[[Any], Any] | None


def _rows(names: list[str], cases: Sequence[Any], ids: Ids) -> list[tuple[str, dict[str, Any]]]:
    """(id, {name: value}) for each case: a value per name, or a tuple of them (a
    `pytest.param` too, whose id is kept). `ids` as parametrize takes them: one a case, or
    a function of each value (None: pytest's own id for that value)."""
    rows = []
    for n, case in enumerate(cases):
        given_id = ids[n] if isinstance(ids, Sequence) else None
        if isinstance(case, ParameterSet):
            given_id, case = case.id or given_id, case.values
            case = case if len(names) > 1 else case[0]
        values = dict(zip(names, case, strict=True)) if len(names) > 1 else {names[0]: case}
        if given_id is None and callable(ids):
            named = [ids(v) for v in values.values()]
            given_id = "-".join(_case_id({"": v}) if i is None else str(i) for i, v in zip(named, values.values(), strict=True))
        rows.append((given_id or _case_id(values), values))
    return rows


def table_test(
    argnames: str | Sequence[str], cases: Sequence[Any], ids: Ids = None
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The decorator: `argnames`, `cases` (the values: one per case, a tuple when there are
    several names) and `ids` as parametrize takes them."""
    names = [n.strip() for n in argnames.split(",")] if isinstance(argnames, str) else list(argnames)
    rows = _rows(names, list(cases), ids)

    def wrap(check: Callable[..., None]) -> Callable[..., None]:
        params = inspect.signature(check).parameters
        missing = [n for n in names if n not in params]
        if missing:
            raise TypeError(f"{check.__qualname__} takes no {missing}")
        fixtures = [p for name, p in params.items() if name not in names]

        def test(**shared: Any) -> None:
            failed = []
            for case_id, values in rows:
                try:
                    check(**shared, **values)
                except Exception as e:  # noqa: BLE001 (a crash fails its case, the others still run)
                    message = str(e) if isinstance(e, AssertionError) else f"{type(e).__name__}: {e}"
                    failed.append(f"[{case_id}] {message}".strip())
            assert not failed, f"{len(failed)} of {len(rows)} cases failed:\n" + "\n".join(failed)

        test.__signature__ = inspect.Signature(fixtures)  # type: ignore[attr-defined]  # the fixtures pytest passes
        test.__name__ = check.__name__
        test.__qualname__ = check.__qualname__
        test.__module__ = check.__module__
        test.__doc__ = check.__doc__
        # marks set under the decorator (`@pytest.mark.slow`) stay on the test
        if hasattr(check, "pytestmark"):
            test.pytestmark = check.pytestmark  # type: ignore[attr-defined]
        setattr(test, TABLE_CASES, [values for _, values in rows])
        return test

    return wrap
