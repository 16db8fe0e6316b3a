"""A Language Server Protocol client (pygls's) driving `gigcheck server` over a pipe, for
the server's tests and the editor set-up tests: it opens, edits and asks as an editor does."""
from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from conftest import ROOT
from lazy_support import lazy_module

# Executed when a test first uses them: collecting does not import lsprotocol's types (1.5 s).
lsp: Any = lazy_module("lsprotocol.types")

TIMEOUT = 60.0  # generous: the machine is shared; nothing here measures speed


def offset_position(text: str, offset: int) -> lsp.Position:
    """The LSP position (UTF-16 columns) of a character offset in `text`."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return lsp.Position(line, len(text[start:offset].encode("utf-16-le")) // 2)


def apply_text_edits(text: str, edits: Iterable[lsp.TextEdit]) -> str:
    """What an editor does with a code action's edits (UTF-16 columns, LF lines)."""
    lines = text.split("\n")

    def offset(p: lsp.Position) -> int:
        if p.line >= len(lines):
            return len(text)
        base = sum(len(s) + 1 for s in lines[: p.line])
        line, units, i = lines[p.line], 0, 0
        while i < len(line) and units < p.character:
            units += len(line[i].encode("utf-16-le")) // 2
            i += 1
        return base + i

    placed = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for a, b, new in placed:
        text = text[:a] + new + text[b:]
    return text


class GigClient:
    """One server process and what it published, by URI."""

    def __init__(self) -> None:
        from pygls.lsp.client import LanguageClient

        self.client = LanguageClient("gigcheck-tests", "1")
        self.published: dict[str, asyncio.Queue[lsp.PublishDiagnosticsParams]] = {}

        @self.client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def on_diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
            self._queue(params.uri).put_nowait(params)

    def _queue(self, uri: str) -> asyncio.Queue[lsp.PublishDiagnosticsParams]:
        return self.published.setdefault(uri, asyncio.Queue())

    async def start(self, cwd: Path | None = None, command: list[str] | None = None) -> None:
        """Start the server (`command`, as an editor's configuration gives it; by default
        this interpreter's `-m gigcheck server`) and initialize it."""
        environ = {**os.environ, "PYTHONPATH": str(ROOT)}
        cmd = command or [sys.executable, "-m", "gigcheck", "server"]
        await self.client.start_io(cmd[0], *cmd[1:], cwd=str(cwd or ROOT), env=environ)
        await asyncio.wait_for(self.client.initialize_async(lsp.InitializeParams(
            capabilities=lsp.ClientCapabilities(), root_uri=(cwd or ROOT).as_uri())), TIMEOUT)
        self.client.initialized(lsp.InitializedParams())

    async def stop(self) -> None:
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)

    def open(self, uri: str, text: str, version: int = 1) -> None:
        self.client.text_document_did_open(lsp.DidOpenTextDocumentParams(
            lsp.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)))

    def change(self, uri: str, text: str, version: int) -> None:
        self.client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [lsp.TextDocumentContentChangeWholeDocument(text=text)]))

    async def diagnostics(self, uri: str, version: int | None = None) -> list[lsp.Diagnostic]:
        """The next diagnostics published for `uri` (for `version`, when given)."""
        while True:
            params = await asyncio.wait_for(self._queue(uri).get(), TIMEOUT)
            if version is None or params.version == version:
                return list(params.diagnostics)

    async def code_actions(self, uri: str, rng: lsp.Range, diagnostics: list[lsp.Diagnostic]) -> list[Any]:
        result = await asyncio.wait_for(self.client.text_document_code_action_async(lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri=uri), rng, lsp.CodeActionContext(diagnostics=diagnostics))), TIMEOUT)
        return list(result or [])

    async def hover(self, uri: str, pos: lsp.Position) -> lsp.Hover | None:
        return await asyncio.wait_for(self.client.text_document_hover_async(
            lsp.HoverParams(lsp.TextDocumentIdentifier(uri=uri), pos)), TIMEOUT)


def by_code(diagnostics: list[lsp.Diagnostic], code: str) -> list[lsp.Diagnostic]:
    return [d for d in diagnostics if d.code == code]
