"""`--format html`: one self-contained page for an editor (what made it, summary, gig
table, gig texts).

Streamed: the page head, its header (html_header) and the table shell go out in
`start()`, each gig's block as its result arrives, the summary and the script at `end()`;
CSS `order` shows the summary first. Nothing is kept per gig (the summary's counts per
rule and severity are a few numbers), so thousands of gigs need no more memory than one.
The script builds the table, its search and the links between gigs from the blocks.

Defense in depth: all gig text is escaped (html_gig), and a Content-Security-Policy
allows no loads at all and only this page's own style and script, by hash, so even a
markup bug could neither run a gig's `<script>` nor phone home.
"""
from __future__ import annotations

import base64
import hashlib
import os
from functools import cache
from importlib.resources import files
from string import Template
from typing import IO, Any

from gigcheck.records import FileResult
from gigcheck.report.base import Reporter, Summary
from gigcheck.report.html_gig import render_gig
from gigcheck.report.html_header import render_header, report_time
from gigcheck.report.html_summary import SeverityTally, render_summary
from gigcheck.version import __version__


@cache
def asset(name: str) -> str:
    """A file of `html_assets/` (shipped inside the package)."""
    return files(__package__).joinpath("html_assets", name).read_text(encoding="utf-8")


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(css: str, js: str) -> str:
    return (
        "default-src 'none'; "
        f"style-src {csp_hash(css)}; "
        f"script-src {csp_hash(js)}; "
        "img-src 'none'; font-src 'none'; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )


class HtmlReporter(Reporter):
    needs_source = True
    shows_inputs = True

    def __init__(self, out: IO[str], **kw: Any) -> None:
        super().__init__(out, **kw)
        self.css = asset("report.css")
        self.js = asset("report.js")
        # The assets are inlined verbatim; a closing tag inside one would end it early.
        assert "</style" not in self.css.lower() and "</script" not in self.js.lower()
        self.count = 0
        self.tally = SeverityTally()

    def start(self) -> None:
        header = render_header(__version__, report_time(os.environ), self.config, self.inputs)
        self.out.write(
            Template(asset("page_start.html")).substitute(
                csp=content_security_policy(self.css, self.js), version=__version__, css=self.css, header=header
            )
        )

    def file(self, result: FileResult) -> None:
        self.count += 1
        self.tally.add(result)
        self.out.write(render_gig(self.count, result))

    def end(self, summary: Summary) -> None:
        page_end = Template(asset("page_end.html"))
        summary_html = render_summary(summary, self.tally, statistics=self.statistics)
        self.out.write(page_end.substitute(summary=summary_html, js=self.js))
