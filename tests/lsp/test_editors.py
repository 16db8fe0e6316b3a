"""The editor set-ups in editors/ (VS Code, Neovim, Helix): each launches `gigcheck server`,
and the server, launched as each one launches it, serves a real client over a pipe: it
opens a gig, gets diagnostics, applies a code action's edit and sees the finding go."""
from __future__ import annotations

import asyncio
import json
import re
import shutil
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT
from lsp_support import GigClient, apply_text_edits, by_code

EDITORS = ROOT / "editors"
GIG = (Path(__file__).parent / "fixtures" / "email-and-unpriced-extra.md").read_text(encoding="utf-8")


def vscode() -> list[str]:
    package = json.loads((EDITORS / "vscode" / "package.json").read_text(encoding="utf-8"))
    command = package["contributes"]["configuration"]["properties"]["gigcheck.path"]["default"]
    source = (EDITORS / "vscode" / "extension.js").read_text(encoding="utf-8")
    m = re.search(r"serverOptions = \{ command, args: \[([^\]]*)\] \}", source)
    assert m is not None and package["main"] == "./extension.js"
    return [command, *json.loads(f"[{m.group(1)}]")]


def neovim() -> list[str]:
    source = (EDITORS / "neovim" / "gigcheck.lua").read_text(encoding="utf-8")
    m = re.search(r"cmd = \{([^}]*)\}", source)
    assert m is not None and "vim.lsp.start" in source
    return json.loads(f"[{m.group(1)}]")


def helix() -> list[str]:
    config = tomllib.loads((EDITORS / "helix" / "languages.toml").read_text(encoding="utf-8"))
    server = config["language-server"]["gigcheck"]
    [markdown] = [lang for lang in config["language"] if lang["name"] == "markdown"]
    assert "gigcheck" in markdown["language-servers"]
    return [server["command"], *server["args"]]


SETUPS = {"vscode": vscode, "neovim": neovim, "helix": helix}


@pytest.mark.parametrize("editor", list(SETUPS))
def test_each_editor_launches_gigcheck_server(editor: str) -> None:
    assert SETUPS[editor]() == ["gigcheck", "server"]


def _installed(command: list[str]) -> list[str]:
    """The command as this environment runs it: the console script beside this
    interpreter (the tests' PYTHONPATH makes it run this tree)."""
    script = Path(sys.executable).parent / command[0]
    found = str(script) if script.exists() else shutil.which(command[0])
    if found is None:
        pytest.skip(f"{command[0]} is not installed in this environment")
    return [found, *command[1:]]


@pytest.mark.parametrize("editor", list(SETUPS))
def test_the_server_as_each_editor_launches_it_serves_diagnostics_and_fixes(editor: str, tmp_path: Path) -> None:
    command = _installed(SETUPS[editor]())
    uri = (tmp_path / "gig.md").as_uri()

    async def scenario() -> None:
        c = GigClient()
        await c.start(cwd=tmp_path, command=command)
        try:
            c.open(uri, GIG)
            diags = await c.diagnostics(uri, 1)
            assert by_code(diags, "GC201") and by_code(diags, "GC502")
            [d_price] = by_code(diags, "GC502")
            actions = await c.code_actions(uri, d_price.range, [d_price])
            [fix] = [a for a in actions if "GC502" in a.title]
            c.change(uri, apply_text_edits(GIG, fix.edit.changes[uri]), 2)
            assert not by_code(await c.diagnostics(uri, 2), "GC502")
        finally:
            await c.stop()

    asyncio.run(scenario())


def test_server_without_pygls_says_how_to_install_it(tmp_path: Path) -> None:
    import os
    import subprocess

    fake = tmp_path / "pygls"
    fake.mkdir()
    (fake / "__init__.py").write_text('raise ModuleNotFoundError("No module named \'pygls\'", name="pygls")\n')
    env = {**os.environ, "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}
    r = subprocess.run([sys.executable, "-m", "gigcheck", "server"], capture_output=True, text=True, env=env,
                       timeout=120, stdin=subprocess.DEVNULL)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == ["gigcheck: error: `gigcheck server` needs pygls: pip install 'gigcheck[lsp]'"]
