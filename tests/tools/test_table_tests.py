"""Table tests (tests/table_support.py) lose nothing of what parametrized cases asserted:
one failing case fails the table, every failing case is named, a crash in one case does
not hide the others, and the fixtures are pytest's."""
from __future__ import annotations

import inspect

import pytest
from table_support import TABLE_CASES, table_test


def _failure(test, **fixtures) -> str:
    with pytest.raises(AssertionError) as raised:
        test(**fixtures)
    return str(raised.value)


def test_a_table_passes_when_every_case_passes():
    @table_test("n", [1, 2, 3])
    def positive(n):
        assert n > 0

    positive()


def test_one_failing_case_fails_the_table_and_is_named():
    @table_test("text", ["fine", "also fine", "bad one", "fine again"])
    def no_bad(text):
        assert "bad" not in text, f"found bad in {text!r}"

    message = _failure(no_bad)
    assert message.startswith("1 of 4 cases failed")
    assert "[bad one] found bad in 'bad one'" in message
    assert "fine again" not in message


def test_every_failing_case_is_named_and_a_crash_does_not_hide_the_others():
    @table_test("rule,text", [("A", "x"), ("B", "y"), ("C", "z"), ("D", "w")])
    def check(rule, text):
        if rule == "B":
            raise KeyError(text)
        assert rule in "AD", rule

    message = _failure(check)
    assert message.startswith("2 of 4 cases failed")
    assert "[B-y] KeyError: 'y'" in message and "[C-z] C" in message
    assert "[A-x]" not in message and "[D-w]" not in message


def test_ids_are_escaped_as_pytest_writes_them_and_a_param_keeps_its_own():
    @table_test("text", ["WhatsApp ١٢٣", pytest.param("a\nb", id="two-lines")])
    def never(text):
        raise AssertionError("no")

    message = _failure(never)
    assert "[WhatsApp \\u0661\\u0662\\u0663] no" in message and "[two-lines] no" in message


def test_the_other_parameters_are_fixtures_and_the_cases_are_listed():
    @table_test("text", ["a", "b"])
    def check(lint, grammar, text):
        assert lint(text) == grammar

    assert list(inspect.signature(check).parameters) == ["lint", "grammar"]
    assert getattr(check, TABLE_CASES) == [{"text": "a"}, {"text": "b"}]
    assert check.__name__ == "check"
    message = _failure(check, lint=str.upper, grammar="A")
    assert message.startswith("1 of 2 cases failed") and "[b]" in message


def test_a_name_the_check_does_not_take_is_refused():
    with pytest.raises(TypeError):
        table_test("text", ["a"])(lambda lint: None)


def test_the_tables_of_the_shared_factories_run_under_pytest(lint):
    from contact_support import severity_tests

    errors_are_errors, honest_stays_clean = severity_tests(["email me at seller.name@gmail.com"], ["I deliver in 3 days"])
    errors_are_errors(lint=lint)
    honest_stays_clean(lint=lint)
    swapped, _ = severity_tests(["I deliver in 3 days"], [])
    assert "[I deliver in 3 days]" in _failure(swapped, lint=lint)


def test_given_ids_name_the_failing_cases():
    @table_test("text,n", [("a", 1), ("b", 2)], ids=["first", "second"])
    def listed(text, n):
        assert n == 1

    @table_test("text,n", [("a", 1), ("b", 2)], ids=lambda v: str(v).upper() if isinstance(v, str) else None)
    def named(text, n):
        assert n == 1

    assert "[second]" in _failure(listed) and "[first]" not in _failure(listed)
    assert "[B-2]" in _failure(named)
