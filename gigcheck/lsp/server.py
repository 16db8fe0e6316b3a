"""The Language Server Protocol server on stdio (pygls, lsprotocol types).

Diagnostics on open, on change (debounced: a burst of keystrokes is checked once) and on
save, with each finding's exact range, severity, code, documentation link and suggestion;
hover on a finding explains its rule; its fix is a code action (safe fixes preferred,
unsafe ones offered for the seller to choose), and "fix all" applies every safe fix as
`gigcheck check --fix` does (engine/fixes.py, the same function). Cross-gig rules are
off: they need a batch. Configuration is discovered from each gig's folder (configs.py).
"""
from __future__ import annotations

import asyncio
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from gigcheck.engine.fixes import fix_text
from gigcheck.engine.tasks import check_text
from gigcheck.lsp.configs import Configs
from gigcheck.policy.config import CONFIG_NAMES, Config
from gigcheck.records import SAFE, Finding, PlacedFix, Severity
from gigcheck.rules.base import Rule
from gigcheck.version import __version__

DEBOUNCE = 0.15  # seconds of quiet after a change before the gig is checked again
SOURCE = "gigcheck"
FIX_ALL = lsp.CodeActionKind.SourceFixAll.value + ".gigcheck"
_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}
REPO_ROOT = Path(__file__).resolve().parents[2]  # the docs' folder, in a checkout


@dataclass(slots=True)
class Checked:
    """A document's last check: its version, its findings and their rules."""

    version: int | None
    findings: list[Finding]
    rules: dict[str, type[Rule]]
    fix_all: tuple[lsp.CodeAction | None] | None = None  # ("fix all" action,) once computed


class GigServer(LanguageServer):
    """The server's state: linters by folder, last checks and pending checks by URI."""

    def __init__(self) -> None:
        super().__init__("gigcheck", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.configs = Configs()
        self.checked: dict[str, Checked] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}

    # -- checking ----------------------------------------------------------------------
    def diagnose(self, doc: TextDocument) -> list[lsp.Diagnostic]:
        """Check the document as it is now; remember the findings for hovers and fixes."""
        path = _path(doc.uri)
        loaded = self.configs.for_folder(path.parent)
        if loaded.linter is None:
            self.checked[doc.uri] = Checked(doc.version, [], {})
            at = lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0))
            return [lsp.Diagnostic(at, f"gigcheck configuration: {loaded.error}", lsp.DiagnosticSeverity.Error,
                                   source=SOURCE)]
        linter = loaded.linter
        config = linter.config
        if doc.uri.startswith("file:") and not _selected(config, path):
            self.checked[doc.uri] = Checked(doc.version, [], {})
            return []  # a README, docs: the project's `exclude` says it is no gig
        text = doc.source
        if config.max_file_size and len(text.encode("utf-8", "surrogatepass")) > config.max_file_size:
            self.checked[doc.uri] = Checked(doc.version, [], {})
            at = lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0))
            limit = f"the {config.max_file_size}-byte limit (max-file-size)"
            return [lsp.Diagnostic(at, f"The gig is larger than {limit}; not checked.",
                                   lsp.DiagnosticSeverity.Warning, source=SOURCE)]
        skip = config.ignored_rules(str(path))
        result, _ = check_text(linter, text, str(path))  # bounded by the time budget, as in the CLI
        if result.error is not None:
            self.checked[doc.uri] = Checked(doc.version, [], {})
            at = lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0))
            return [lsp.Diagnostic(at, f"gigcheck: {result.error}", lsp.DiagnosticSeverity.Error, source=SOURCE)]
        findings = [f for f in result.findings if f.rule not in skip]
        rules = {f.rule: r for f in findings if (r := config.registry.get(f.rule)) is not None}
        self.checked[doc.uri] = Checked(doc.version, findings, rules)
        return [self._diagnostic(doc, f, rules.get(f.rule)) for f in findings]

    def _diagnostic(self, doc: TextDocument, f: Finding, rule: type[Rule] | None) -> lsp.Diagnostic:
        message = f.message + (f"\n{f.suggestion}" if f.suggestion else "")
        href = _docs_link(rule)
        return lsp.Diagnostic(
            range=finding_range(doc, f),
            message=message,
            severity=_SEVERITY[f.severity],
            code=f.rule,
            code_description=lsp.CodeDescription(href=href) if href else None,
            source=SOURCE,
            data={"name": f.name, "fixable": f.fix is not None},
        )

    def publish(self, doc: TextDocument) -> None:
        diagnostics = self.diagnose(doc)
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=diagnostics, version=doc.version)
        )

    def publish_later(self, uri: str) -> None:
        """Check `uri` once the seller pauses (DEBOUNCE seconds without a change)."""
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.ensure_future(self._after_pause(uri))

    async def _after_pause(self, uri: str) -> None:
        await asyncio.sleep(DEBOUNCE)
        self.pending.pop(uri, None)
        self.publish(self.workspace.get_text_document(uri))

    def recheck_open(self) -> None:
        """Check every open gig again (a config file changed)."""
        for uri in list(self.checked):
            self.publish(self.workspace.get_text_document(uri))

    def current(self, uri: str) -> Checked | None:
        """The check of the document as it is now: a hover or a code action arriving before
        the debounced check of the last change gets it now (a fix placed on an older text
        would edit the wrong place)."""
        checked = self.checked.get(uri)
        if checked is None:
            return None
        doc = self.workspace.get_text_document(uri)
        if checked.version != doc.version:
            task = self.pending.pop(uri, None)
            if task is not None:
                task.cancel()
            self.publish(doc)
        return self.checked.get(uri)

    # -- hover and code actions ---------------------------------------------------------
    def at(self, uri: str, rng: lsp.Range) -> list[tuple[Finding, lsp.Range]]:
        """The current findings whose ranges touch `rng`, with their ranges."""
        checked = self.current(uri)
        if checked is None:
            return []
        doc = self.workspace.get_text_document(uri)
        found = []
        for f in checked.findings:
            r = finding_range(doc, f)
            if _touches(r, rng):
                found.append((f, r))
        return found

    def hover(self, uri: str, pos: lsp.Position) -> lsp.Hover | None:
        found = self.at(uri, lsp.Range(pos, pos))
        checked = self.checked.get(uri)
        if checked is None or not found:
            return None
        parts = []
        for f, _ in found:
            rule = checked.rules.get(f.rule)
            parts.append(_explain(f, rule))
        return lsp.Hover(lsp.MarkupContent(lsp.MarkupKind.Markdown, "\n\n---\n\n".join(parts)), range=found[0][1])

    def code_actions(self, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        doc = self.workspace.get_text_document(uri)
        only = params.context.only
        actions: list[lsp.CodeAction] = []
        if not only or any(_kind(k) in ("quickfix", "") for k in only):
            for f, _ in self.at(uri, params.range):
                if f.fix is None or not f.fix.edits:
                    continue
                unsafe = f.fix.applicability != SAFE
                title = f"{f.fix.message} ({f.rule}{', unsafe' if unsafe else ''})"
                actions.append(lsp.CodeAction(
                    title=title,
                    kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=[self._diagnostic(doc, f, self.checked[uri].rules.get(f.rule))],
                    is_preferred=not unsafe,
                    edit=lsp.WorkspaceEdit(changes={uri: fix_edits(doc, f.fix)}),
                ))
        fix_all = self.fix_all(doc)
        if fix_all is not None and (not only or any(_wants_fix_all(k) for k in only)):
            actions.append(fix_all)
        return actions

    def fix_all(self, doc: TextDocument) -> lsp.CodeAction | None:
        """Every safe fix at once, as `gigcheck check --fix` would make them (computed once
        per version of the document: editors ask for code actions as the cursor moves)."""
        checked = self.current(doc.uri)
        if checked is None or not any(f.fix is not None and f.fix.applicability == SAFE for f in checked.findings):
            return None
        if checked.version is not None and checked.version == doc.version and checked.fix_all is not None:
            return checked.fix_all[0]
        action = self._fix_all(doc)
        checked.fix_all = (action,)
        return action

    def _fix_all(self, doc: TextDocument) -> lsp.CodeAction | None:
        path = _path(doc.uri)
        loaded = self.configs.for_folder(path.parent)
        if loaded.linter is None:
            return None
        text = doc.source
        fixed = fix_text(loaded.linter, text, str(path), skip=loaded.linter.config.ignored_rules(str(path)))
        if fixed.text == text:
            return None
        lines = doc.lines
        end = lsp.Position(len(lines), 0)
        whole = lsp.TextEdit(lsp.Range(lsp.Position(0, 0), end), fixed.text)
        return lsp.CodeAction(title=f"Fix all safe gigcheck problems ({fixed.fixed})", kind=FIX_ALL,
                              edit=lsp.WorkspaceEdit(changes={doc.uri: [whole]}))


# -- positions ---------------------------------------------------------------------------
def _position(doc: TextDocument, line: int, column: int) -> lsp.Position:
    """A 1-based line and character column as the client counts (UTF-16 by default)."""
    lines = doc.lines
    if line - 1 >= len(lines):
        return lsp.Position(len(lines), 0)
    text = lines[line - 1]
    return doc.position_codec.position_to_client_units(lines, lsp.Position(line - 1, min(column - 1, len(text))))


def finding_range(doc: TextDocument, f: Finding) -> lsp.Range:
    return lsp.Range(_position(doc, f.line, f.column), _position(doc, f.end_line, f.end_column))


def fix_edits(doc: TextDocument, fix: PlacedFix) -> list[lsp.TextEdit]:
    return [
        lsp.TextEdit(lsp.Range(_position(doc, e.line, e.column), _position(doc, e.end_line, e.end_column)), e.content)
        for e in fix.edits
    ]


def _touches(a: lsp.Range, b: lsp.Range) -> bool:
    def key(p: lsp.Position) -> tuple[int, int]:
        return p.line, p.character

    return key(a.start) <= key(b.end) and key(b.start) <= key(a.end)


def _kind(kind: lsp.CodeActionKind | str) -> str:
    return kind.value if isinstance(kind, lsp.CodeActionKind) else str(kind)


def _wants_fix_all(kind: lsp.CodeActionKind | str) -> bool:
    """Whether a client asking for `kind` wants "fix all" (`source`, `source.fixAll`, ours)."""
    value = _kind(kind)
    return value == FIX_ALL or FIX_ALL.startswith(value + ".")


def _path(uri: str) -> Path:
    """The gig's path (an unsaved buffer: the current folder, for config discovery)."""
    path = to_fs_path(uri) if uri.startswith("file:") else None
    return Path(path) if path else Path.cwd() / "untitled.md"


def _selected(config: Config, path: Path) -> bool:
    """Whether the project's `include` / `exclude` make `path` a gig: an editor opens
    every Markdown file, and a folder walk of the command line would skip these."""
    chosen = config.file_selection()
    name = str(path)
    if chosen.include is not None and not chosen.include.matches(name):
        return False
    return not chosen.exclude.matches(name)


def _docs_link(rule: type[Rule] | None) -> str | None:
    """The rule's page: on the repository when the package names one, else the page in
    this checkout, when there is one."""
    if rule is None:
        return None
    url = rule.docs_url()
    if url.startswith("https://"):
        return url
    local = REPO_ROOT / rule.docs_path()
    return local.as_uri() if local.is_file() else None


def _explain(f: Finding, rule: type[Rule] | None) -> str:
    """The hover text of a finding: its rule, the message, the suggestion, why the rule
    exists (its documentation) and the link to its page."""
    out = [f"**{f.rule} {f.name}** ({f.severity})", f.message]
    if f.suggestion:
        out.append(f"*Suggestion:* {f.suggestion}")
    if f.fix is not None:
        out.append(f"*Fix ({f.fix.applicability}):* {f.fix.message}")
    if rule is not None:
        out.append(inspect.cleandoc(rule.__doc__ or ""))
        href = _docs_link(rule)
        if href:
            out.append(f"[{f.rule} documentation]({href})")
    return "\n\n".join(out)


def _is_config(uri: str) -> bool:
    return uri.rsplit("/", 1)[-1] in CONFIG_NAMES


# -- the server and its features ----------------------------------------------------------
def build() -> GigServer:
    server = GigServer()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: GigServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.publish(ls.workspace.get_text_document(params.text_document.uri))

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: GigServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.publish_later(params.text_document.uri)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: GigServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if _is_config(uri):
            ls.recheck_open()
        elif uri in ls.checked:
            ls.publish(ls.workspace.get_text_document(uri))

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: GigServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        task = ls.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.checked.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched(ls: GigServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(_is_config(c.uri) for c in params.changes):
            ls.recheck_open()

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: GigServer, params: lsp.HoverParams) -> lsp.Hover | None:
        return ls.hover(params.text_document.uri, params.position)

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll]),
    )
    def code_action(ls: GigServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        return ls.code_actions(params)

    return server


def serve() -> None:
    """Serve on stdin/stdout until the client says exit. The process's own streams: the
    command group wraps sys.stdout for quiet pipes (cli/pipes.py), which is text only."""
    import sys

    stdin, stdout = sys.__stdin__, sys.__stdout__
    if stdin is None or stdout is None:
        raise RuntimeError("gigcheck server needs standard input and output")
    build().start_io(cast(BinaryIO, stdin.buffer), cast(BinaryIO, stdout.buffer))

