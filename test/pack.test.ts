/**
 * The npm package as users get it: `npm pack` holds only what runs (the bundle, its code
 * cache and license notes, the launcher, README, LICENSE), and the tarball installed into an
 * empty project runs `npx shipshape`, lints, fixes, and serves LSP. The bundle needs none of
 * the installed dependencies: the last test deletes them and runs again.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProtocolConnection,
  ExitNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };

let root: string;
let app: string;
let packed: { filename: string; files: { path: string }[] };

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(cmd: string, args: string[], cwd: string, input = ''): Run {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(cmd, args, { cwd, env, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist', 'shipshape.cjs'))) throw new Error('dist/shipshape.cjs is missing: run `npm run build` first');
  root = mkdtempSync(join(tmpdir(), 'shipshape-pack-'));
  // The build ran already (`npm test` builds first): pack what it made.
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', root], REPO);
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [result] = JSON.parse(pack.stdout) as (typeof packed)[];
  if (!result) throw new Error(`npm pack printed no result:\n${pack.stdout}`);
  packed = result;
  app = join(root, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  const install = run('npm', ['install', '--no-audit', '--no-fund', join(root, packed.filename)], app);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** `npx shipshape` in the project; `--no` forbids fetching it from the registry. */
const npx = (args: string[], input?: string): Run => run('npx', ['--no', '--', 'shipshape', ...args], app, input);

describe('third-party notices (dist/shipshape.cjs.LEGAL.txt)', () => {
  const notices = readFileSync(join(REPO, 'dist/shipshape.cjs.LEGAL.txt'), 'utf8');
  const bundled = JSON.parse(readFileSync(join(REPO, 'dist/shipshape.cjs.packages.json'), 'utf8')) as { name: string; version: string; root: string }[];
  const sections = notices.split(/^-{78}$/m).slice(1);

  it('list every package in the bundle, the dependencies included', () => {
    const names = bundled.map((p) => p.name);
    for (const dependency of ['dockerfile-ast', 'yargs', 'yaml', 'diff', 'picocolors', 'ignore', 'jsonc-parser']) expect(names).toContain(dependency);
    expect(sections).toHaveLength(bundled.length);
  });

  it("carry each package's own licence file, word for word", () => {
    for (const p of bundled) {
      const section = sections.find((s) => s.trimStart().startsWith(`${p.name}@${p.version} (`));
      expect(section, `${p.name}@${p.version}`).toBeDefined();
      const licence = readdirSync(join(REPO, p.root)).find((f) => /^licen[cs]e/i.test(f));
      expect(licence, `${p.name} has a licence file`).toBeDefined();
      expect(section).toContain(readFileSync(join(REPO, p.root, licence as string), 'utf8').trim());
    }
  });
});

describe('the npm package', () => {
  it('contains only what runs, the README and the LICENSE', () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual([
      'LICENSE',
      'README.md',
      'dist/shipshape.cjs',
      'dist/shipshape.cjs.LEGAL.txt',
      'dist/shipshape.cjs.cache',
      'dist/src/cli/launch.cjs',
      'package.json',
    ]);
  });

  it('installs into an empty project and runs there', () => {
    expect(npx(['--version']).stdout.trim()).toBe(version);
    writeFileSync(join(app, 'Dockerfile'), 'FROM debian:12\nUSER root\n');
    const lint = npx(['Dockerfile']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('warning[runs-as-root]');
    const fixed = npx(['--fix', '--stdin-filename', 'Dockerfile', '-'], 'FROM debian:12\nMAINTAINER jane@example.com\nUSER nobody\n');
    expect(fixed.stdout).toBe('FROM debian:12\nLABEL maintainer="jane@example.com"\nUSER nobody\n');
  });

  it('needs none of the installed dependencies: the bundle carries its code, the LSP server too', async () => {
    const modules = join(app, 'node_modules');
    for (const name of readdirSync(modules)) if (!['shipshape', '.bin'].includes(name)) rmSync(join(modules, name), { recursive: true, force: true });
    expect(readdirSync(modules).sort()).toEqual(['.bin', 'shipshape']);
    expect(npx(['Dockerfile']).stdout).toContain('warning[runs-as-root]');

    const server = spawn(join(modules, '.bin', 'shipshape'), ['lsp', '--stdio'], { cwd: app, stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.listen();
    const init = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    expect(init.serverInfo).toEqual({ name: 'shipshape', version });
    await connection.sendRequest(ShutdownRequest.type);
    await connection.sendNotification(ExitNotification.type);
    expect(await exited).toBe(0);
  });
});
