"""`gigcheck server` driven through the protocol by a real client (pygls's, over a pipe),
as VS Code, Neovim and Helix drive it (editors/, README)."""
from __future__ import annotations

import asyncio
from pathlib import Path

from lsp_support import GigClient, apply_text_edits, by_code, lsp, offset_position

FIXTURES = Path(__file__).parent / "fixtures"
GIG = (FIXTURES / "email-and-unpriced-extra.md").read_text(encoding="utf-8")


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def test_email_and_missing_price_then_the_price_template_fix(tmp_path: Path) -> None:
    path = tmp_path / "logo.md"
    path.write_text(GIG, encoding="utf-8")
    uri = path.as_uri()

    async def scenario() -> None:
        c = GigClient()
        await c.start(cwd=tmp_path)
        try:
            c.open(uri, GIG)
            diags = await c.diagnostics(uri, 1)
            email = "nadia dot designs at gmail dot com"
            [d_email] = by_code(diags, "GC201")
            a = GIG.index(email)
            assert d_email.range == lsp.Range(offset_position(GIG, a), offset_position(GIG, a + len(email)))
            assert d_email.severity == lsp.DiagnosticSeverity.Error and d_email.source == "gigcheck"
            assert d_email.code_description is not None and d_email.code_description.href.endswith("GC201.md")
            [d_price] = by_code(diags, "GC502")
            h = GIG.index("Extra revision")
            assert d_price.range == lsp.Range(offset_position(GIG, h), offset_position(GIG, h + len("Extra revision")))
            assert "Price: $20" in d_price.message  # the suggestion rides along

            hover = await c.hover(uri, offset_position(GIG, a + 3))
            assert hover is not None and "GC201" in hover.contents.value
            assert "however" in hover.contents.value.lower() or "marketplace" in hover.contents.value

            actions = await c.code_actions(uri, d_price.range, [d_price])
            [fix] = [x for x in actions if x.kind == lsp.CodeActionKind.QuickFix and "GC502" in x.title]
            assert fix.is_preferred
            edited = apply_text_edits(GIG, fix.edit.changes[uri])
            assert edited == GIG.replace("### Extra revision\n", "### Extra revision\nPrice: $\n")

            c.change(uri, edited, 2)
            after = await c.diagnostics(uri, 2)
            assert not by_code(after, "GC502")
            assert by_code(after, "GC201")  # the unsafe removal is the seller's to choose
            assert by_code(after, "GC504")  # the template asks to be filled in
        finally:
            await c.stop()

    run(scenario())


def test_unsafe_fix_is_offered_not_preferred_and_fix_all_applies_safe_fixes(tmp_path: Path) -> None:
    text = GIG.replace("minimalist logo for", "minimalist logo & card for")
    path = tmp_path / "logo.md"
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()

    async def scenario() -> None:
        c = GigClient()
        await c.start(cwd=tmp_path)
        try:
            c.open(uri, text)
            diags = await c.diagnostics(uri, 1)
            [d_email] = by_code(diags, "GC201")
            actions = await c.code_actions(uri, d_email.range, [d_email])
            [remove] = [x for x in actions if "GC201" in x.title]
            assert "unsafe" in remove.title and not remove.is_preferred
            assert apply_text_edits(text, remove.edit.changes[uri]).count("gmail") == 0
            [fix_all] = [x for x in actions if x.kind and str(x.kind).startswith("source.fixAll")]
            fixed = apply_text_edits(text, fix_all.edit.changes[uri])
            assert "logo and card" in fixed and "Price: $\n" in fixed and "gmail" in fixed
        finally:
            await c.stop()

    run(scenario())


def test_config_is_discovered_from_the_folder_and_reloaded_on_change(tmp_path: Path) -> None:
    path = tmp_path / "logo.md"
    path.write_text(GIG, encoding="utf-8")
    uri = path.as_uri()
    config = tmp_path / ".gigcheck.toml"
    config.write_text('ignore = ["GC502"]\n', encoding="utf-8")

    async def scenario() -> None:
        c = GigClient()
        await c.start(cwd=tmp_path.parent)
        try:
            c.open(uri, GIG)
            assert not by_code(await c.diagnostics(uri, 1), "GC502")
            config.write_text("ignore = []\n", encoding="utf-8")
            c.client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
                [lsp.FileEvent(uri=config.as_uri(), type=lsp.FileChangeType.Changed)]))
            assert by_code(await c.diagnostics(uri, 1), "GC502")
        finally:
            await c.stop()

    run(scenario())


def test_debounced_changes_end_in_the_diagnostics_of_the_last_text(tmp_path: Path) -> None:
    uri = (tmp_path / "draft.md").as_uri()
    clean = GIG.replace("Write to nadia dot designs at gmail dot com before you order.", "Ask me here.")

    async def scenario() -> None:
        c = GigClient()
        await c.start(cwd=tmp_path)
        try:
            c.open(uri, clean)
            assert not by_code(await c.diagnostics(uri, 1), "GC201")
            for version in range(2, 7):  # a burst of keystrokes
                c.change(uri, GIG if version == 6 else clean + "x" * version, version)
            assert by_code(await c.diagnostics(uri, 6), "GC201")
        finally:
            await c.stop()

    run(scenario())


def test_a_code_action_right_after_a_change_is_placed_on_the_changed_text(tmp_path: Path) -> None:
    uri = (tmp_path / "draft.md").as_uri()
    moved = GIG.replace("## Description\n", "## Description\n\nTwo new lines the last check has not seen.\n")

    async def scenario() -> None:
        c = GigClient()
        await c.start(cwd=tmp_path)
        try:
            c.open(uri, GIG)
            await c.diagnostics(uri, 1)
            c.change(uri, moved, 2)  # and ask at once, within the debounce
            h = moved.index("### Extra revision")
            line = moved.count("\n", 0, h)
            at = lsp.Range(lsp.Position(line, 5), lsp.Position(line, 6))
            actions = await c.code_actions(uri, at, [])
            [fix] = [x for x in actions if "GC502" in x.title]
            assert apply_text_edits(moved, fix.edit.changes[uri]) == moved.replace(
                "### Extra revision\n", "### Extra revision\nPrice: $\n")
        finally:
            await c.stop()

    run(scenario())


def test_files_the_project_excludes_get_no_diagnostics(tmp_path: Path) -> None:
    (tmp_path / ".gigcheck.toml").write_text('exclude = ["/docs/"]\n', encoding="utf-8")
    (tmp_path / "docs").mkdir()
    notes, gig = (tmp_path / "docs" / "notes.md").as_uri(), (tmp_path / "gig.md").as_uri()

    async def scenario() -> None:
        c = GigClient()
        await c.start(cwd=tmp_path)
        try:
            c.open(notes, GIG)
            c.open(gig, GIG)
            assert await c.diagnostics(notes, 1) == []
            assert by_code(await c.diagnostics(gig, 1), "GC201")
        finally:
            await c.stop()

    run(scenario())
