// Starts `gigcheck server` (Language Server Protocol on stdio) for Markdown files.
const { workspace } = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate() {
  const command = workspace.getConfiguration("gigcheck").get("path", "gigcheck");
  const serverOptions = { command, args: ["server"] };
  const clientOptions = {
    documentSelector: [{ scheme: "file", language: "markdown" }, { scheme: "untitled", language: "markdown" }],
    // The server re-reads its configuration when one of these changes.
    synchronize: { fileEvents: workspace.createFileSystemWatcher("**/{.gigcheck.toml,pyproject.toml}") },
  };
  client = new LanguageClient("gigcheck", "gigcheck", serverOptions, clientOptions);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
