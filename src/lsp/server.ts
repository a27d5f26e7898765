/**
 * `shipshape lsp`: a language server over stdio. Diagnostics on open and (debounced) on
 * change; code actions for each finding's fix, suppression comments, and fix-all
 * (`source.fixAll.shipshape`, for fix-on-save). The config is the one the CLI would use for
 * the document's path. Loaded only by the `lsp` command, so linting never pays for it.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_NAMES, HADOLINT_NAMES } from '../engine/config.js';
import { VERSION } from '../version.js';
import { codeActions, FIX_ALL_KIND } from './actions.js';
import { type Analysis, analyze, diagnostics, SERVER_NAME } from './analysis.js';
import { documentPath } from './project.js';

/** Quiet time after a keystroke before the document is linted again. */
const DEBOUNCE_MS = 150;

export function startServer(): void {
  const connection = createConnection(process.stdin, process.stdout);
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const pending = new Map<string, NodeJS.Timeout>();
  const warned = new Set<string>();
  let workspaceFolder: string | null = null;
  let documentChanges = false;
  let watchConfig = false;

  /** The analysis of the document's current version (linted now when stale). */
  const analysisOf = (doc: TextDocument): Analysis => {
    const cached = analyses.get(doc.uri);
    if (cached && cached.doc.version === doc.version) return cached;
    // A snapshot: the manager updates its documents in place.
    const snapshot = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
    const analysis = analyze(snapshot, documentPath(doc.uri, workspaceFolder));
    analyses.set(doc.uri, analysis);
    if (analysis.project.ok) {
      for (const w of analysis.project.config.warnings) {
        if (!warned.has(w)) connection.console.warn(w);
        warned.add(w);
      }
    }
    return analysis;
  };

  const publish = (doc: TextDocument): void => {
    try {
      const analysis = analysisOf(doc);
      void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnostics(analysis) });
    } catch (error) {
      connection.console.error(`${SERVER_NAME}: cannot lint ${doc.uri}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  };

  const schedule = (doc: TextDocument): void => {
    // Opening a document also reports a content change: that version is linted already.
    if (analyses.get(doc.uri)?.doc.version === doc.version) return;
    clearTimeout(pending.get(doc.uri));
    pending.set(doc.uri, setTimeout(() => {
      pending.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) publish(current);
    }, DEBOUNCE_MS));
  };

  connection.onInitialize((params) => {
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    workspaceFolder = root?.startsWith('file:') ? fileURLToPath(root) : null;
    const workspace = params.capabilities.workspace;
    documentChanges = workspace?.workspaceEdit?.documentChanges === true;
    watchConfig = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      },
      serverInfo: { name: SERVER_NAME, version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!watchConfig) return;
    // Config files are read afresh on every lint; watching them re-lints open documents when one changes.
    const names = [...CONFIG_NAMES, ...HADOLINT_NAMES].join(',');
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/{${names}}` }] });
  });

  connection.onDidChangeWatchedFiles(() => {
    analyses.clear();
    for (const doc of documents.all()) publish(doc);
  });

  documents.onDidOpen(({ document }) => publish(document));
  documents.onDidChangeContent(({ document }) => schedule(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    analyses.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return codeActions(analysisOf(doc), { range: params.range, only: params.context.only, documentChanges });
  });

  documents.listen(connection);
  connection.listen();
}
