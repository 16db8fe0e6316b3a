"""The library's entry points refuse arguments of the wrong type with a TypeError that
says what was expected, and lint_file never raises for a path it cannot read."""
from __future__ import annotations

import pathlib

import pytest

import gigcheck


@pytest.mark.parametrize(
    "call,message",
    [
        (lambda: gigcheck.lint_text(b"title: x"), "lint_text(): 'text' must be a str, not bytes; decode them first"),
        (lambda: gigcheck.lint_text(None), "lint_text(): 'text' must be a str, not NoneType"),
        (lambda: gigcheck.lint_text("x", path=3), "lint_text(): 'path' must be a str or None, not int"),
        (lambda: gigcheck.lint_file(None), "lint_file(): 'path' must be a str or an os.PathLike, not NoneType"),
        (lambda: gigcheck.lint_file(b"g.md"), "lint_file(): 'path' must be a str or an os.PathLike, not bytes; os.fsdecode()"),
        (lambda: gigcheck.lint_text("x", config="fiverr"), "config must be a Config (from gigcheck.load_config()), not str"),
        (lambda: gigcheck.Linter(None), "config must be a Config"),
    ],
)
def test_wrong_types_raise_a_clear_type_error(call, message):
    with pytest.raises(TypeError) as exc:
        call()
    assert str(exc.value).startswith(message)


@pytest.mark.parametrize("path", ["a\0b", pathlib.Path("/nonexistent/g.md"), "/dev/zero", "."])
def test_lint_file_reports_what_it_cannot_read(path):
    result = gigcheck.lint_file(path)
    assert result.error and not result.findings
