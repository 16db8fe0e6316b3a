"""Markdown gig → `Gig`: sections, extras, front-matter fields, and text runs with positions.

The walker here reads the block tokens; inline.py places each inline piece in the source.
Entities and escapes stay separate tokens (`text_join` is disabled) so that the run text
can differ from the source without losing the mapping.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from gigcheck.document import gig as G
from gigcheck.document.front_matter_start import ENV_KEY, front_matter_line
from gigcheck.document.gig import Extra, Field, Gig, Section
from gigcheck.document.grammar import EMPTY, Grammar
from gigcheck.document.inline import InlineReader, RunBuilder
from gigcheck.document.positions import LineIndex
from gigcheck.records import Hit, TextRun, verbatim_run
from gigcheck.regex_cache import cached_regex, stored_compiles


@lru_cache(maxsize=1)
def _markdown() -> Any:
    # markdown-it-py's module code compiles some fifty regexes: from the store
    # (regex_cache.stored_compiles), as gigcheck's own. Not its parser's set-up: that
    # joins its terminator characters from a set, another pattern text in every process.
    with stored_compiles():
        from markdown_it import MarkdownIt
        from mdit_py_plugins.front_matter import front_matter_plugin

    from gigcheck.document.front_matter_start import front_matter_after_comments_plugin

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")
    return md.use(front_matter_plugin).use(front_matter_after_comments_plugin)


def normalize_source(text: str) -> str:
    """Strip a BOM and normalize newlines; columns of visible characters do not change."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:
        text = text.replace("\0", "\ufffd")  # what markdown-it does; same length
    return text


class _Walker(InlineReader):
    """Walks the block tokens: sections by heading, extras and their fields, code and
    HTML blocks, reference definitions (inline.py places the inline pieces)."""

    def __init__(self, source: str, path: str, grammar: Grammar) -> None:
        gig = Gig(path=path, source=source, line_index=LineIndex(source))
        super().__init__(source, gig.index.starts)
        self.grammar = grammar
        self.gig = gig
        self.problems: list[Hit] = []
        self.section = G.DESCRIPTION
        self.section_level = 0
        self.extra: Extra | None = None
        self.seen_heading = False
        self.title_checked = False  # whether a heading was considered for the title

    # -- sections --------------------------------------------------------------------
    def current_section(self) -> str:
        return self.extra.section if self.extra is not None else self.section

    def add_run(self, run: TextRun | None) -> None:
        if run is None:
            return
        self.gig.runs.append(run)
        if run.kind == "html" and run.text.lstrip().startswith("<!--"):
            self.gig.comments.append(run)
        if self.extra is not None and run.kind in G.VISIBLE_PROSE and run.kind != "heading":
            self._add_extra_content(run)

    def _add_extra_content(self, run: TextRun) -> None:
        extra = self.extra
        assert extra is not None
        pos = 0
        text = run.text
        for line in text.split("\n"):
            end = pos + len(line)
            m = self.grammar.field_line.match(line)
            if m and run.kind == "text":
                value_start = pos + m.end()
                value_end = pos + len(line.rstrip())
                value = run.slice(value_start, max(value_start, value_end))
                raw = value.text
                is_price = self.grammar.field_of(m.group(1)) == "price"
                if is_price and extra.price is None:
                    extra.price = Field(raw, value, raw)
                elif not is_price and extra.delivery is None:
                    extra.delivery = Field(raw, value, raw)
                else:
                    extra.description.append(run.slice(pos, end))
            elif line.strip():
                extra.description.append(run.slice(pos, end))
            pos = end + 1

    def open_heading(self, level: int, run: TextRun | None) -> None:
        text = run.text.strip() if run else ""
        name = self.grammar.section_of(text)
        if name is not None:
            self.section, self.section_level, self.extra = name, level, None
            self.seen_heading = True
            if name not in self.gig.sections or self.gig.sections[name].heading is None:
                heading = run.slice(0, len(run.text), section=name, kind="heading") if run else None
                self.gig.sections[name] = Section(name, heading)
            return
        if self.section == G.EXTRAS and level > self.section_level and run is not None:
            section = f"extra:{text}"
            heading = run.slice(0, len(run.text), section=section, kind="heading")
            self.extra = Extra(name=text, section=section, heading=heading)
            self.gig.extras.append(self.extra)
            self.add_run(self.extra.heading)
            return
        if run is not None and not self.seen_heading and self.gig.title is None and level == 1 and self._leads(run):
            # A leading "# I will ..." heading is the title when the front matter has none;
            # inline HTML in it (`<b>design</b>`) is markup, not the title's text.
            title = run.slice(0, len(run.text), section=G.TITLE, kind="fm_value")
            self.gig.title = Field(title.text, title, title.text)
            self.gig.runs.append(title)
            return
        if run is not None:
            self.add_run(run.slice(0, len(run.text), section=self.current_section(), kind="heading"))

    def _leads(self, heading: TextRun) -> bool:
        """Whether nothing a buyer reads comes before `heading`'s line (front matter and
        the heading's own inline HTML do not count)."""
        if self.title_checked:
            return False  # a heading came before this one
        self.title_checked = True
        start = heading.segments[0].src_start if heading.segments else 0
        line_start = self.line_offset(self.line_of(start))
        return not any(
            r.kind != "fm_value" and r.segments and r.segments[0].src_start < line_start for r in self.gig.runs
        )

    # -- blocks ----------------------------------------------------------------------
    def block_lines(self, token: Any, kind: str) -> None:
        """Code and HTML blocks: map each content line to its source line."""
        if not token.map:
            return
        section = self.current_section()
        b = RunBuilder()
        line_no = token.map[0]
        if token.type == "fence":
            line_no += 1
        lines = token.content.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for k, line in enumerate(lines):
            line_start = self.line_offset(line_no + k)
            line_end = self.src.find("\n", line_start)
            if line_end < 0:
                line_end = len(self.src)
            i = self.src.find(line, line_start, line_end + 1) if line else line_start
            if k:
                b.add("\n", line_start - 1, 1)
            if i < 0:
                b.add(line, line_start, 0)
            else:
                b.add(line, i, len(line))
        self.cursor = self.line_offset(token.map[1])
        run = b.build(section, kind)
        if run is not None and kind == "html":
            self._html_block(run)
        else:
            self.add_run(run)

    def _html_block(self, run: TextRun) -> None:
        """Split comments out of an HTML block so directives and contact scans see them."""
        text = run.text
        pos = 0
        while True:
            i = text.find("<!--", pos)
            if i < 0:
                break
            j = text.find("-->", i + 4)
            j = len(text) if j < 0 else j + 3
            if i > pos and text[pos:i].strip():
                self.add_run(run.slice(pos, i))
            self.add_run(run.slice(i, j))
            pos = j
        if text[pos:].strip():
            self.add_run(run.slice(pos, len(text)))

    def reference_definitions(self, tokens: list[Any]) -> None:
        """Reference definitions leave no token: read them from the lines no block covers.
        Only lines that start like one (`[` after at most three spaces) are looked at, and
        only then are the lines the blocks cover gathered."""
        section_at = None
        covered: set[int] | None = None
        for candidate in _REFDEF_LINE.finditer(self.src):
            start = candidate.start()
            line_no = self.line_of(start)
            if covered is None:
                covered = {line for tok in tokens if tok.map for line in range(tok.map[0], tok.map[1])}
            if line_no in covered or self.line_starts[line_no] != start:
                continue
            if section_at is None:
                section_at = self._section_by_line()
            end = self.src.find("\n", start)
            end = len(self.src) if end < 0 else end
            m = _REFDEF.match(self.src, start, end)
            if m and m.group(1).startswith("^"):
                # A footnote ("[^2]: @mira_art"): its text is read as a reader reads it, whole.
                text = self.src[m.start(2):end].rstrip()
                self.add_run(verbatim_run(text, m.start(2), section_at(line_no), "text"))
            elif m:
                self.add_run(
                    verbatim_run(m.group(2), m.start(2), section_at(line_no), "link_url")
                )

    def _section_by_line(self) -> Any:
        marks = sorted(
            (self.line_of(r.segments[0].src_start), r.section)
            for r in self.gig.runs
            if r.segments and r.section not in (G.TITLE, G.TAGS, G.CATEGORY, G.FRONT_MATTER, G.GALLERY)
        )
        lines = [ln for ln, _ in marks]

        def at(line_no: int) -> str:
            k = bisect.bisect_right(lines, line_no) - 1
            return marks[k][1] if k >= 0 else G.DESCRIPTION

        return at

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1


_REFDEF = cached_regex(r" {0,3}\[([^\]\n]{1,999})\]:[ \t]*<?([^\s>]+)>?")
_REFDEF_LINE = cached_regex(r"^(?= {0,3}\[)", re.MULTILINE)


_TABLE_TOKENS = frozenset({"table_open", "tr_open", "th_open", "td_open", "th_close", "td_close"})


def _table_token(gig: Gig, t: str) -> bool:
    """Follow a table's structure into `gig.tables` (a cell opens as None, its inline
    run fills it); whether a cell's inline comes next."""
    if t == "table_open":
        gig.tables.append([])
    elif t == "tr_open" and gig.tables:
        gig.tables[-1].append([])
    elif t in ("th_open", "td_open") and gig.tables and gig.tables[-1]:
        gig.tables[-1][-1].append(None)
        return True
    return False


def parse_gig(text: str, path: str = "<stdin>", grammar: Grammar = EMPTY) -> Gig:
    """Parse a Markdown gig. Never raises on content: problems become parse hits.

    `grammar` (the pack's headings and field labels) says which headings open sections;
    without one, no heading does and the whole gig is its description."""
    source = normalize_source(text)
    w = _Walker(source, path, grammar)
    gig = w.gig
    tokens = _markdown().parse(source, {ENV_KEY: front_matter_line(source)})
    heading_level = 0
    in_cell = False
    # One pass over the tokens, the common types first.
    for tok in tokens:
        t = tok.type
        if t == "inline":
            run = w.inline_run(tok)
            if heading_level:
                w.open_heading(heading_level, run)
                heading_level = 0
            else:
                w.add_run(run)
                if in_cell:
                    gig.tables[-1][-1][-1] = run
                    in_cell = False
        elif t == "heading_open":
            heading_level = int(tok.tag[1])
        elif t in _TABLE_TOKENS:
            in_cell = _table_token(gig, t)
        elif t == "front_matter":
            from gigcheck.document.front_matter import read_front_matter

            read_front_matter(gig, tok, w.line_offset(tok.map[0] + 1), w.problems)
        elif t == "fence" or t == "code_block":
            w.block_lines(tok, "code_block")
        elif t == "html_block":
            w.block_lines(tok, "html")
    w.reference_definitions(tokens)
    runs = gig.runs
    runs.sort(key=_run_start)
    sections = gig.sections
    if G.DESCRIPTION not in sections and (not w.seen_heading or any(r.section == G.DESCRIPTION for r in runs)):
        sections[G.DESCRIPTION] = Section(G.DESCRIPTION, None)
    extras = sections.get(G.EXTRAS)
    for run in runs:
        name = run.section
        section = extras if name.startswith("extra:") else sections.get(name)
        if section is not None and run is not section.heading:
            section.runs.append(run)
    gig.parse_problems = w.problems
    return gig


def _run_start(run: TextRun) -> int:
    return run.segments[0].src_start if run.segments else 0
