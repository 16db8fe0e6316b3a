"""`gigcheck server`: the Language Server Protocol server on stdio (gigcheck/lsp/)."""
from __future__ import annotations

import click

from gigcheck.cli.common import fail


@click.command()
def server() -> None:
    """Run the Language Server Protocol server on stdin/stdout (for editors)."""
    try:
        from gigcheck.lsp.server import serve
    except ImportError as exc:
        if exc.name not in ("pygls", "lsprotocol") and not str(exc.name or "").startswith(("pygls.", "lsprotocol.")):
            raise
        raise fail("`gigcheck server` needs pygls: pip install 'gigcheck[lsp]'") from None
    serve()
