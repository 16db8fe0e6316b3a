-- gigcheck's language server for Markdown gigs (Neovim 0.10+): source this from init.lua,
-- or copy it to ~/.config/nvim/after/ftplugin/markdown.lua without the autocommand.
vim.api.nvim_create_autocmd("FileType", {
  pattern = "markdown",
  callback = function(args)
    local found = vim.fs.find({ ".gigcheck.toml", "pyproject.toml", ".git" },
      { upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) })[1]
    vim.lsp.start({
      name = "gigcheck",
      cmd = { "gigcheck", "server" },
      root_dir = found and vim.fs.dirname(found) or vim.fn.getcwd(),
    }, { bufnr = args.buf })
  end,
})
