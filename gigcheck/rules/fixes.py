"""The edits rules attach to their findings as fixes (ruff's model: the rule that finds
a problem says how to fix it, as source edits; `--fix`, `--diff` and the server's code
actions all read them). Each builder refuses (returns None) rather than guess when the
source around the span is not what it expects, so a fix never touches more than the
span it names: a quoted, escaped or marked-up value is left for the seller.
"""
from __future__ import annotations

from collections.abc import Collection

from gigcheck.document.gig import Gig
from gigcheck.document.positions import LineIndex
from gigcheck.document.sentences import SENTENCE_END, SentenceIndex
from gigcheck.records import SAFE, UNSAFE, Fix, SourceEdit
from gigcheck.regex_cache import cached_regex

__all__ = [
    "SAFE", "UNSAFE", "delete_span", "delete_sentence", "insert_line_after", "remove_list_item", "replace",
    "sentence_case", "contact_removal", "sentence_removal",
]

REMOVE_DETAIL = "Remove the contact detail"
REMOVE_SENTENCE = "Remove the sentence"

_WORD = cached_regex(r"\w+(?:['\u2019]\w+)*")
# What sentence case must not rewrite: links, code, autolinks, addresses, entities, escapes.
_MARKUP = cached_regex(r"\]\(|[<`&\\@]|://")
# What stands before a YAML block item on its line (`str.strip` and `\s` agree on blanks).
_ITEM_DASH = cached_regex(r"\s*-\s*")


def replace(start: int, end: int, content: str, message: str, applicability: str = SAFE) -> Fix:
    return Fix(message, (SourceEdit(start, end, content),), applicability)


def spaced_word(source: str, start: int, end: int, word: str) -> str:
    """`word` to replace source `[start, end)` with, spaced from the letters around it
    ("logo&card" -> "logo and card")."""
    before = " " if start > 0 and not source[start - 1].isspace() else ""
    after = " " if end < len(source) and not source[end].isspace() else ""
    return before + word + after


def sentence_case(text: str, acronyms: Collection[str]) -> str:
    """`text` in sentence case: each sentence's first word capitalised, every other word
    in lower case except acronyms (as the pack lists them, upper case), "I" and words
    with digits ("4K")."""
    out: list[str] = []
    pos = 0
    first = True
    for m in _WORD.finditer(text):
        gap = text[pos : m.start()]
        if pos and SENTENCE_END.search(gap):
            first = True
        out.append(gap)
        word = m.group()
        if word.upper() in acronyms or word == "I" or any(c.isdigit() for c in word):
            out.append(word)
        elif first:
            out.append(word[:1].upper() + word[1:].lower())
        else:
            out.append(word.lower())
        first = False
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def case_fix(source: str, start: int, end: int, acronyms: Collection[str], message: str) -> Fix | None:
    """Sentence case for source `[start, end)`, unless it holds markup or an address."""
    text = source[start:end]
    if not text or _MARKUP.search(text):
        return None
    fixed = sentence_case(text, acronyms)
    return replace(start, end, fixed, message) if fixed != text else None


def remove_list_item(lines: LineIndex, start: int, end: int, message: str) -> Fix | None:
    """Remove a list item at source `[start, end)` (quotes around it included): a YAML
    block item's whole line, or a flow or comma list's item with the comma before it
    (after it, for the first). The line is found in the gig's line index and its start
    matched in place, not copied: a flow list of thousands of tags on one line costs
    each of its items a bisection, not the line."""
    source = lines.source
    n = len(source)
    if start > 0 and end < n and source[start - 1] in "'\"" and source[end] == source[start - 1]:
        start, end = start - 1, end + 1
    line_start = lines.line_span(start)[0]
    if _ITEM_DASH.fullmatch(source, line_start, start):
        line_end = source.find("\n", end)
        stop = n if line_end < 0 else line_end + 1
        if source[end:stop].strip():
            return None
        return replace(line_start, stop, "", message)
    i = start
    while i > line_start and source[i - 1] in " \t":
        i -= 1
    if i > line_start and source[i - 1] == ",":
        return replace(i - 1, end, "", message)
    j = end
    while j < n and source[j] in " \t":
        j += 1
    if j < n and source[j] == ",":
        j += 1
        while j < n and source[j] in " \t":
            j += 1
        return replace(start, j, "", message)
    return None


def insert_line_after(source: str, offset: int, line: str, message: str) -> Fix:
    """Insert `line` as a new line after the line holding `offset`."""
    end = source.find("\n", offset)
    if end < 0:
        return replace(len(source), len(source), "\n" + line, message)
    return replace(end + 1, end + 1, line + "\n", message)


def delete_span(source: str, start: int, end: int, message: str) -> Fix:
    """Delete source `[start, end)` and one space beside it (unsafe: it drops what the
    seller wrote)."""
    if start > 0 and source[start - 1] == " ":
        start -= 1
    elif end < len(source) and source[end] == " ":
        end += 1
    return replace(start, end, "", message, UNSAFE)


def delete_sentence(sentences: SentenceIndex, start: int, end: int, message: str) -> Fix | None:
    """Delete the sentence holding source `[start, end)`, within its line (the whole line
    when nothing else is on it): unsafe, it drops what the seller wrote. The sentence
    ends come from the gig's index, so each fix costs a few bisections, whatever the
    length of the line."""
    line_start, line_end = sentences.lines.line_span(start)
    if line_end < end:
        return None  # the span crosses a line
    a = sentences.end_before(line_start, start)
    after = sentences.end_after(end, line_end)
    b = line_end if after is None else after
    lead, trail = sentences.edges(line_start, line_end)
    if a <= lead and b >= trail:  # nothing but blanks and marks would be left on the line
        stop = line_end + 1 if line_end < len(sentences.source) else line_end
        return replace(line_start, stop, "", message, UNSAFE)
    if b == line_end and a > line_start and sentences.source[a - 1] == " ":
        a = sentences.spaces_before(line_start, a)  # the sentence ends the line: drop the space before it
    return replace(a, b, "", message, UNSAFE)


def _in_body(gig: Gig, start: int) -> bool:
    """Whether source offset `start` is past the front matter (whose YAML a deletion
    could break)."""
    fm = gig.front_matter_run
    return fm is None or fm.whole_span()[1] <= start


def contact_removal(gig: Gig, span: tuple[int, int]) -> Fix | None:
    """The unsafe fix of a contact detail in the body: delete it."""
    return delete_span(gig.source, *span, REMOVE_DETAIL) if _in_body(gig, span[0]) and span[1] > span[0] else None


def sentence_removal(gig: Gig, span: tuple[int, int]) -> Fix | None:
    """The unsafe fix of an off-platform sentence in the body: delete the sentence."""
    return delete_sentence(gig.sentences, *span, REMOVE_SENTENCE) if _in_body(gig, span[0]) else None
