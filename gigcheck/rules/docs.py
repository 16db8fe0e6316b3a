"""Each rule's documentation, from its declaration: the docstring, options, messages and
examples. Shown by `gigcheck rules CODE`, written into SARIF's rule descriptors, and
rendered as `docs/rules/<CODE>.md` and the README's rule table
(`python -m gigcheck.rules.docs --write`, checked by a test).
"""
from __future__ import annotations

import inspect

from gigcheck.rules.base import Rule


def explanation(rule: type[Rule]) -> str:
    """The rule's user documentation: its docstring."""
    return inspect.cleandoc(rule.__doc__ or "")


def examples_text(rule: type[Rule]) -> str:
    """The flagged and accepted examples as plain text (also SARIF's `help.text`)."""
    return "\n".join(["Flagged:", _indent(rule.bad_example), "Accepted:", _indent(rule.good_example)])


def examples_markdown(rule: type[Rule]) -> str:
    """The same examples as Markdown (SARIF's `help.markdown`, shown by code scanning)."""
    fence = "~~~~"  # examples may contain ``` themselves
    return "\n".join(
        ["**Flagged:**", "", fence + "markdown", rule.bad_example.rstrip("\n"), fence, "",
         "**Accepted:**", "", fence + "markdown", rule.good_example.rstrip("\n"), fence]
    )


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").split("\n")) + "\n"
