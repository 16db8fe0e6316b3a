"""`gigcheck server`: the Language Server Protocol server (pygls), so that editors show
findings as the seller types, explain them on hover and offer their fixes as code actions.
Needs the `lsp` extra (`pip install 'gigcheck[lsp]'`)."""
