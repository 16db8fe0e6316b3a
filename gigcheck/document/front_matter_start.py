"""Front matter after leading HTML comments.

Front matter starts on line 1. A seller who puts a `<!-- gigcheck-disable-file ... -->`
comment above it (where suppressions are usually written) would otherwise turn it into a
rule and a setext heading: no title, tags and packages unchecked. Comments are invisible
to buyers, so front matter that follows nothing but HTML comments and blank lines is read
as front matter too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gigcheck.regex_cache import cached_regex

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

ENV_KEY = "gigcheck_front_matter_line"
_FENCE = cached_regex(r"(-{3,})[ \t]*\Z")
_CLOSE = cached_regex(r"(?:-{3,}|\.\.\.)[ \t]*\Z")


def front_matter_line(source: str) -> int:
    """The 0-based line of a `---` fence that follows only HTML comments (at least one)
    and blank lines, or -1. One pass over the leading comments."""
    pos, line, n = 0, 0, len(source)
    seen_comment = False
    while pos < n:
        end = source.find("\n", pos)
        end = n if end < 0 else end
        text = source[pos:end]
        if text.startswith("<!--"):
            close = source.find("-->", pos + 4)
            if close < 0:
                return -1
            end = source.find("\n", close + 3)
            end = n if end < 0 else end
            if source[close + 3 : end].strip():
                return -1  # text after the comment: not a comment line
            line += source.count("\n", pos, end)
            seen_comment = True
        elif text.strip():
            return line if seen_comment and _FENCE.match(text) else -1
        pos, line = end + 1, line + 1
    return -1


def _after_comments(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
    """Block rule: front matter at the line `front_matter_line` found (never line 0:
    the plugin's own rule reads that)."""
    if start_line == 0 or start_line != state.env.get(ENV_KEY):
        return False
    first = state.src[state.bMarks[start_line] : state.eMarks[start_line]]
    if not _FENCE.match(first):
        return False
    close = start_line + 1
    while close < end_line:
        text = state.src[state.bMarks[close] : state.eMarks[close]]
        if _CLOSE.match(text):
            break
        close += 1
    else:
        return False  # never closed: not front matter (as the plugin decides)
    if silent:
        return True
    token = state.push("front_matter", "", 0)
    token.hidden = True
    token.markup = "---"
    token.content = state.src[state.bMarks[start_line + 1] : state.eMarks[close - 1]] if close > start_line + 1 else ""
    token.block = True
    state.line = close + 1
    token.map = [start_line, state.line]
    return True


def front_matter_after_comments_plugin(md: MarkdownIt) -> None:
    md.block.ruler.before("table", "front_matter_after_comments", _after_comments,
                          {"alt": ["paragraph", "reference", "blockquote", "list"]})
