/**
 * The language server as editors run it: the built CLI's `lsp --stdio` in a child process,
 * driven by the LSP client library (vscode-languageserver-protocol). Open Dockerfiles in a
 * temporary project, read the published diagnostics, ask for code actions, apply their
 * workspace edits as an editor would, and read the diagnostics of the edited text.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CodeAction,
  CodeActionRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type InitializeResult,
  InitializeRequest,
  InitializedNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const CLI = fileURLToPath(new URL('../dist/src/cli/launch.cjs', import.meta.url));

/** A minimal editor: it keeps the open documents and applies workspace edits to them. */
class Editor {
  readonly docs = new Map<string, TextDocument>();
  private readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiting: { match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor(readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const w of this.waiting.filter((x) => x.match(params))) {
        this.waiting.splice(this.waiting.indexOf(w), 1);
        w.resolve(params);
      }
    });
  }

  /** The diagnostics published for this version of the document (waits for them). */
  diagnostics(uri: string, version: number | null): Promise<Diagnostic[]> {
    const match = (p: PublishDiagnosticsParams): boolean => p.uri === uri && (version === null ? p.version === undefined : p.version === version);
    const seen = this.published.find(match);
    if (seen) return Promise.resolve(seen.diagnostics);
    return new Promise((resolve) => this.waiting.push({ match, resolve: (p) => resolve(p.diagnostics) }));
  }

  async open(path: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = pathToFileURL(path).href;
    this.docs.set(uri, TextDocument.create(uri, 'dockerfile', 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    return { uri, diagnostics: await this.diagnostics(uri, 1) };
  }

  versionsPublished(uri: string): (number | undefined)[] {
    return this.published.filter((p) => p.uri === uri).map((p) => p.version);
  }

  text(uri: string): string {
    return (this.docs.get(uri) as TextDocument).getText();
  }

  actions(uri: string, range: Range, only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } }) as Promise<CodeAction[]>;
  }

  /** Applies a workspace edit to the open document, tells the server, returns the new diagnostics. */
  async apply(edit: WorkspaceEdit | undefined): Promise<Diagnostic[]> {
    const change = edit?.documentChanges?.[0];
    if (!change || !('textDocument' in change)) throw new Error(`expected versioned documentChanges, got ${JSON.stringify(edit)}`);
    const doc = this.docs.get(change.textDocument.uri) as TextDocument;
    expect(change.textDocument.version).toBe(doc.version);
    const text = TextDocument.applyEdits(doc, change.edits.filter((e): e is TextEdit => 'newText' in e));
    const next = TextDocument.create(doc.uri, doc.languageId, doc.version + 1, text);
    this.docs.set(doc.uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version: next.version }, contentChanges: [{ text }] });
    return this.diagnostics(doc.uri, next.version);
  }
}

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => String(d.code));
const find = (diagnostics: Diagnostic[], code: string): Diagnostic => {
  const d = diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} diagnostic among ${codes(diagnostics).join(', ')}`);
  return d;
};
const titled = (actions: CodeAction[], prefix: string): CodeAction => {
  const a = actions.find((x) => x.title.startsWith(prefix));
  if (!a) throw new Error(`no action "${prefix}..." among:\n${actions.map((x) => x.title).join('\n')}`);
  return a;
};

let dir: string;
let server: ChildProcess;
let exited: Promise<number | null>;
let editor: Editor;
let init: InitializeResult;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  dir = mkdtempSync(join(tmpdir(), 'shipshape-lsp-'));
  // The project config raises one rule; a sub-folder's config turns another off.
  writeFileSync(join(dir, '.shipshape.yaml'), 'rules:\n  apt-lists-not-removed: error\n');
  mkdirSync(join(dir, 'legacy'));
  writeFileSync(join(dir, 'legacy', '.shipshape.yaml'), 'rules:\n  maintainer-deprecated: off\n');
  server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  exited = new Promise((resolve) => server.on('exit', resolve));
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.listen();
  editor = new Editor(connection);
  init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'project' }],
    capabilities: {
      workspace: { workspaceEdit: { documentChanges: true } },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
      },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});
});

afterAll(() => {
  if (server && server.exitCode === null) server.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('shipshape lsp', () => {
  it('introduces itself and offers quick fixes and fix-all', () => {
    expect(init.serverInfo?.name).toBe('shipshape');
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.shipshape'] });
  });

  it('publishes diagnostics on open: rule name as code, aliases in data, severities mapped, config applied', async () => {
    const { diagnostics } = await editor.open(join(dir, 'Dockerfile'), 'FROM debian:12\nMAINTAINER jane@example.com\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER root\n');
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['apt-lists-not-removed', 'maintainer-deprecated', 'runs-as-root']));
    const maintainer = find(diagnostics, 'maintainer-deprecated');
    expect(maintainer).toMatchObject({
      source: 'shipshape',
      severity: 2,
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 27 } },
      data: { fix: 'safe' },
    });
    expect((maintainer.data as { aliases: string[] }).aliases).toContain('DL4000');
    // `.shipshape.yaml` next to the file raised this info rule to error.
    expect(find(diagnostics, 'apt-lists-not-removed').severity).toBe(1);
  });

  it('reads the config nearest to each document', async () => {
    const { diagnostics } = await editor.open(join(dir, 'legacy', 'Dockerfile'), 'FROM debian:12\nMAINTAINER jane@example.com\nUSER nobody\n');
    expect(codes(diagnostics)).toEqual([]);
  });

  it('applies a safe quick fix and re-lints the edited text', async () => {
    const uri = pathToFileURL(join(dir, 'Dockerfile')).href;
    const diagnostics = await editor.diagnostics(uri, 1);
    const actions = await editor.actions(uri, find(diagnostics, 'maintainer-deprecated').range);
    const fix = titled(actions, 'Fix: Replace `MAINTAINER`');
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(fix.diagnostics?.map((d) => d.code)).toEqual(['maintainer-deprecated']);
    const after = await editor.apply(fix.edit);
    expect(editor.text(uri).split('\n')[1]).toBe('LABEL maintainer="jane@example.com"');
    expect(codes(after)).not.toContain('maintainer-deprecated');
    expect(codes(after)).toEqual(expect.arrayContaining(['apt-lists-not-removed', 'runs-as-root']));
  });

  it('marks unsafe fixes in the title and never prefers them', async () => {
    const uri = pathToFileURL(join(dir, 'Dockerfile')).href;
    const diagnostics = await editor.diagnostics(uri, 2);
    const actions = await editor.actions(uri, find(diagnostics, 'runs-as-root').range);
    const fix = titled(actions, 'Unsafe fix: ');
    expect(fix.title).toMatch(/\(runs-as-root\) — may change behaviour$/);
    expect(fix.isPreferred).toBe(false);
    expect(actions.filter((a) => a.title.startsWith('Fix: '))).toEqual([]);
  });

  it('suppresses a finding with a comment above its instruction, then extends that comment', async () => {
    const uri = pathToFileURL(join(dir, 'Dockerfile')).href;
    let diagnostics = await editor.diagnostics(uri, 2);
    const ignore = titled(await editor.actions(uri, find(diagnostics, 'runs-as-root').range), 'Ignore runs-as-root for this instruction');
    diagnostics = await editor.apply(ignore.edit);
    expect(editor.text(uri)).toContain('\n# shipshape ignore=runs-as-root\nUSER root\n');
    expect(codes(diagnostics)).not.toContain('runs-as-root');

    const { uri: crlf, diagnostics: found } = await editor.open(join(dir, 'crlf.Dockerfile'), 'FROM debian:12\r\nRUN apt-get update \\\r\n  && apt-get install curl\r\n');
    let next = await editor.apply(titled(await editor.actions(crlf, find(found, 'apt-get-missing-yes').range), 'Ignore apt-get-missing-yes for this instruction').edit);
    next = await editor.apply(titled(await editor.actions(crlf, find(next, 'apt-get-no-install-recommends').range), 'Ignore apt-get-no-install-recommends for this instruction').edit);
    expect(editor.text(crlf)).toBe('FROM debian:12\r\n# shipshape ignore=apt-get-missing-yes,apt-get-no-install-recommends\r\nRUN apt-get update \\\r\n  && apt-get install curl\r\n');
    expect(codes(next)).not.toContain('apt-get-missing-yes');
    expect(codes(next)).not.toContain('apt-get-no-install-recommends');

    const { uri: indented, diagnostics: workdir } = await editor.open(join(dir, 'indented.Dockerfile'), '# syntax=docker/dockerfile:1\nFROM debian:12\n    WORKDIR app\n');
    const actions = await editor.actions(indented, find(workdir, 'workdir-relative').range);
    expect(titled(actions, 'Ignore workdir-relative for this instruction').edit?.documentChanges?.[0]).toMatchObject({ edits: [{ newText: '    # shipshape ignore=workdir-relative\n' }] });
    expect(codes(await editor.apply(titled(actions, 'Ignore workdir-relative in this file').edit))).not.toContain('workdir-relative');
    // Below the parser directive, which must stay the first line to count.
    expect(editor.text(indented)).toBe('# syntax=docker/dockerfile:1\n# shipshape global ignore=workdir-relative\nFROM debian:12\n    WORKDIR app\n');
  });

  it('suppresses findings in Compose files and scripts with a comment above the line, and in the whole file', async () => {
    const { uri: compose, diagnostics } = await editor.open(join(dir, 'compose.yaml'), 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    privileged: true\n');
    let actions = await editor.actions(compose, find(diagnostics, 'container-privileged').range);
    expect(titled(actions, 'Ignore container-privileged here').edit?.documentChanges?.[0]).toMatchObject({ edits: [{ newText: '    # shipshape ignore=container-privileged\n' }] });
    let next = await editor.apply(titled(actions, 'Ignore container-privileged here').edit);
    expect(codes(next)).not.toContain('container-privileged');
    next = await editor.apply(titled(await editor.actions(compose, find(next, 'container-read-only-rootfs').range), 'Ignore container-read-only-rootfs in this file').edit);
    expect(codes(next)).not.toContain('container-read-only-rootfs');
    expect(editor.text(compose)).toBe(
      '# shipshape global ignore=container-read-only-rootfs\nservices:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    # shipshape ignore=container-privileged\n    privileged: true\n',
    );

    const { uri: script, diagnostics: found } = await editor.open(join(dir, 'deploy.sh'), '#!/bin/sh\ndocker run --privileged nginx:1.27\n');
    actions = await editor.actions(script, find(found, 'container-privileged').range);
    next = await editor.apply(titled(actions, 'Ignore container-privileged in this file').edit);
    // Below the #! line, which must stay first.
    expect(editor.text(script)).toBe('#!/bin/sh\n# shipshape global ignore=container-privileged\ndocker run --privileged nginx:1.27\n');
    expect(codes(next)).not.toContain('container-privileged');

    // On a continued line the comment goes above the command's first line, not inside it.
    const { uri: continued, diagnostics: flags } = await editor.open(join(dir, 'run.sh'), 'docker run \\\n  --privileged \\\n  nginx:1.27\n');
    next = await editor.apply(titled(await editor.actions(continued, find(flags, 'container-privileged').range), 'Ignore container-privileged here').edit);
    expect(editor.text(continued)).toBe('# shipshape ignore=container-privileged\ndocker run \\\n  --privileged \\\n  nginx:1.27\n');
    expect(codes(next)).not.toContain('container-privileged');

    // JSON has no comments: daemon.json findings offer no ignore action.
    const { uri: daemon, diagnostics: settings } = await editor.open(join(dir, 'daemon.json'), '{"icc": true}\n');
    const daemonActions = await editor.actions(daemon, find(settings, 'daemon-icc-enabled').range);
    expect(daemonActions.filter((a) => a.title.startsWith('Ignore '))).toEqual([]);
  });

  it('fixes everything safe with source.fixAll.shipshape, as `shipshape --fix` does, and gets clean diagnostics', async () => {
    const text = 'FROM debian:12\nMAINTAINER jane@example.com\nRUN apt-get update && apt-get install --no-install-recommends curl\nUSER nobody\n';
    const { uri, diagnostics } = await editor.open(join(dir, 'app.Dockerfile'), text);
    expect(codes(diagnostics)).toEqual(expect.arrayContaining(['apt-get-missing-yes', 'apt-lists-not-removed', 'maintainer-deprecated']));
    const everything = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await editor.actions(uri, everything, ['source.fixAll']);
    expect(actions.map((a) => [a.kind, a.title])).toEqual([['source.fixAll.shipshape', 'Fix all safe shipshape problems']]);
    const after = await editor.apply(actions[0]?.edit);
    const cli = spawnSync(process.execPath, [CLI, '--fix', '--stdin-filename', join(dir, 'app.Dockerfile'), '-'], { input: text, encoding: 'utf8' });
    expect(editor.text(uri)).toBe(cli.stdout);
    expect(editor.text(uri)).toContain('\nLABEL maintainer="jane@example.com"\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n');
    expect(after.filter((d) => (d.data as { fix: string | null }).fix === 'safe')).toEqual([]);
    expect(codes(after)).not.toContain('maintainer-deprecated');
    expect(await editor.actions(uri, everything, ['source.fixAll'])).toEqual([]);
  });

  it('counts a BOM kept in the document text in its positions', async () => {
    const { diagnostics } = await editor.open(join(dir, 'bom.Dockerfile'), '\ufeffFROM debian:latest\nUSER nobody\n');
    expect(find(diagnostics, 'image-tag-latest').range.start).toEqual({ line: 0, character: 6 });
  });

  it('lints once after quick successive changes, the latest text', async () => {
    const uri = pathToFileURL(join(dir, 'legacy', 'Dockerfile')).href;
    const { connection } = editor;
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 11 } }, text: 'root' }] });
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# base image\n' }] });
    const diagnostics = await editor.diagnostics(uri, 3);
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['runs-as-root', 3]]);
    expect(editor.versionsPublished(uri)).toEqual([1, 3]);
  });

  it('clears diagnostics on close and exits cleanly after shutdown', async () => {
    const uri = pathToFileURL(join(dir, 'legacy', 'Dockerfile')).href;
    await editor.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    expect(await editor.diagnostics(uri, null)).toEqual([]);
    await editor.connection.sendRequest(ShutdownRequest.type);
    await editor.connection.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
  });
});
