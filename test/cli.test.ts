/**
 * The command line as users run it: the built CLI in a child process, on real files in a
 * temporary folder. Exit codes, streams, atomic writes and bad input.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/src/cli/launch.cjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function shipshape(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, input: options.input ?? '', env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
});

const MAINTAINER = 'FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nUSER 10001:10001\nCMD ["sh"]\n';
const CLEAN = 'FROM alpine:3.20\nUSER 10001:10001\nCMD ["sh"]\n';

function write(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('exit codes', () => {
  it('0 for a clean file, 1 for findings', () => {
    expect(shipshape([write('Dockerfile', CLEAN)]).code).toBe(0);
    const r = shipshape([write('bad/Dockerfile', MAINTAINER)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('maintainer-deprecated');
    expect(r.stdout).toContain(':2:1');
  });

  it('honours --failure-threshold', () => {
    const file = write('Dockerfile', MAINTAINER);
    expect(shipshape(['--failure-threshold', 'error', file]).code).toBe(0);
    expect(shipshape(['--failure-threshold', 'none', file]).code).toBe(0);
    expect(shipshape(['--failure-threshold', 'style', file]).code).toBe(1);
  });

  it('--fix exits 1 when it changed a file, then 0 once clean', () => {
    const file = write('Dockerfile', MAINTAINER);
    const first = shipshape(['--fix', file]);
    expect(first.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe('FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"\nUSER 10001:10001\nCMD ["sh"]\n');
    expect(shipshape(['--fix', file]).code).toBe(0);
  });
});

describe('bad input: one line on stderr naming the file, exit 2, no stack trace', () => {
  const expectOneLineError = (r: Run, pattern: RegExp): void => {
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => pattern.test(l))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  };

  it('missing file', () => {
    expectOneLineError(shipshape([join(dir, 'nope/Dockerfile')]), /^shipshape: error: .*nope\/Dockerfile: no such file or directory$/);
  });

  it('a folder without Dockerfiles', () => {
    write('README.md', '# hi\n');
    expectOneLineError(shipshape([dir]), /no Dockerfiles found/);
  });

  it('binary file', () => {
    expectOneLineError(shipshape([write('Dockerfile', Buffer.from([0x46, 0x52, 0x00, 0x01, 0xff]))]), /Dockerfile: not a text file/);
  });

  it('invalid UTF-8', () => {
    expectOneLineError(shipshape([write('Dockerfile', Buffer.from('FROM alpine\nLABEL a="\xff\xfe"\n', 'latin1'))]), /Dockerfile: not valid UTF-8/);
  });

  it('a file over the size limit (50 MB)', () => {
    const big = join(dir, 'Dockerfile');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    expectOneLineError(shipshape([big]), /Dockerfile: file is too large \(50\.0 MB; the limit is 10\.0 MB/);
    expectOneLineError(shipshape(['--max-file-size', '1KB', write('small/Dockerfile', `FROM alpine\n${'#'.repeat(2000)}\n`)]), /too large/);
  });

  it('not a regular file', () => {
    const fifo = join(dir, 'Dockerfile.fifo');
    spawnSync('mkfifo', [fifo]);
    if (existsSync(fifo)) expectOneLineError(shipshape([fifo]), /not a regular file/);
  });

  it('an unreadable file', () => {
    const file = write('Dockerfile', CLEAN);
    chmodSync(file, 0o000);
    chmodSync(dir, 0o755);
    // Root reads any file: as root, run the CLI as `nobody` (when that user can run it at all).
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const probe = spawnSync(process.execPath, [CLI, '--version'], { ...asNobody, encoding: 'utf8' });
    if (probe.status !== 0) return;
    const r = spawnSync(process.execPath, [CLI, file], { ...asNobody, encoding: 'utf8' });
    expectOneLineError({ code: r.status, stdout: r.stdout, stderr: r.stderr }, /Dockerfile: permission denied$/);
  });

  it('an unknown option', () => {
    expectOneLineError(shipshape(['--frobnicate']), /Unknown argument: frobnicate/);
  });

  it('an unknown rule in --select', () => {
    expectOneLineError(shipshape(['--select', 'no-such-rule', write('Dockerfile', CLEAN)]), /unknown rule `no-such-rule`/);
  });

  it('a malformed config', () => {
    write('.shipshape.yaml', 'rules: [unclosed\n');
    expectOneLineError(shipshape([write('Dockerfile', CLEAN)]), /\.shipshape\.yaml: malformed config/);
  });

  it('an unknown key in config', () => {
    write('.shipshape.yaml', 'rulez: {}\n');
    expectOneLineError(shipshape([write('Dockerfile', CLEAN)]), /unknown key `rulez`/);
  });

  it('an unknown rule in config is a warning, not a failure', () => {
    write('.shipshape.yaml', 'rules:\n  not-a-rule: off\n');
    const r = shipshape([write('Dockerfile', CLEAN)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*unknown rule `not-a-rule` in config/);
  });

  it('other files are still checked when one is bad, and nothing is half-written', () => {
    const good = write('a/Dockerfile', MAINTAINER);
    const bad = write('b/Dockerfile', Buffer.from([0, 1, 2]));
    const r = shipshape(['--fix', good, bad]);
    expect(r.code).toBe(2);
    expect(readFileSync(good, 'utf8')).toContain('LABEL maintainer=');
    expect(readFileSync(bad)).toEqual(Buffer.from([0, 1, 2]));
    expect(readdirSync(join(dir, 'a'))).toEqual(['Dockerfile']);
  });
});

describe('--fix keeps the file as the user had it', () => {
  it('keeps CRLF, BOM and file mode, and leaves no temp file', () => {
    const text = `\ufeff${MAINTAINER.replace(/\n/g, '\r\n')}`;
    const file = write('Dockerfile', text);
    chmodSync(file, 0o640);
    shipshape(['--fix', file]);
    const out = readFileSync(file, 'utf8');
    expect(out.startsWith('\ufeff')).toBe(true);
    expect(out).toBe('\ufeffFROM alpine:3.20\r\nLABEL maintainer="Jane Doe <jane@example.com>"\r\nUSER 10001:10001\r\nCMD ["sh"]\r\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['Dockerfile']);
  });
});

describe('--diff', () => {
  it('prints a patch that patch -p0 and git apply accept, and writes nothing', () => {
    const file = write('Dockerfile', MAINTAINER);
    const r = shipshape(['--diff', 'Dockerfile'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(MAINTAINER);
    expect(r.stdout).toContain('--- Dockerfile');
    expect(r.stdout).toContain('+LABEL maintainer="Jane Doe <jane@example.com>"');
    const check = spawnSync('git', ['apply', '--check', '-p0', '-'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const patched = spawnSync('patch', ['-p0', '--dry-run'], { cwd: dir, input: r.stdout, encoding: 'utf8' });
    if (patched.error === undefined) expect(patched.status).toBe(0);
  });

  it('exits 0 with no output when there is nothing to fix', () => {
    const r = shipshape(['--diff', write('Dockerfile', CLEAN)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('stdin', () => {
  it('--fix - writes the fixed text to stdout and the report to stderr', () => {
    const r = shipshape(['--fix', '--stdin-filename', 'Dockerfile', '-'], { input: MAINTAINER, cwd: dir });
    expect(r.stdout).toBe('FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"\nUSER 10001:10001\nCMD ["sh"]\n');
    expect(r.code).toBe(0);
  });

  it('reports JSON for stdin without writing', () => {
    const r = shipshape(['--format', 'json', '--stdin-filename', 'api/Dockerfile', '-'], { input: MAINTAINER, cwd: dir });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.files[0].path).toBe('api/Dockerfile');
    const f = report.files[0].findings.find((x: { rule: string }) => x.rule === 'maintainer-deprecated');
    expect(f).toMatchObject({ aliases: expect.arrayContaining(['DL4000']), severity: expect.any(String), line: 2, column: 1, endLine: 2, fix: { applicability: 'safe' } });
  });
});

describe('discovery', () => {
  it('finds Dockerfiles by name, honours .gitignore, skips node_modules', () => {
    write('Dockerfile', CLEAN);
    write('svc/api.Dockerfile', CLEAN);
    write('svc/Containerfile.dev', CLEAN);
    write('svc/Dockerfile.prod', CLEAN);
    write('node_modules/pkg/Dockerfile', MAINTAINER);
    write('build/Dockerfile', MAINTAINER);
    write('.gitignore', 'build/\n');
    write('docs/notes.txt', 'FROM x\n');
    const r = shipshape(['--format', 'json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(paths).toEqual(['Dockerfile', 'svc/Containerfile.dev', 'svc/Dockerfile.prod', 'svc/api.Dockerfile']);
  });
});

describe('colour', () => {
  it('is off when NO_COLOR is set even when forced by a terminal-like env', () => {
    const r = shipshape([write('Dockerfile', MAINTAINER)], { env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
  it('is on with --color', () => {
    const r = shipshape(['--color', write('Dockerfile', MAINTAINER)]);
    expect(r.stdout).toMatch(/\u001b\[/);
  });
});

describe('rule docs', () => {
  it('prints a rule by name or alias', () => {
    const byAlias = shipshape(['rule', 'DL4000']);
    expect(byAlias.code).toBe(0);
    expect(byAlias.stdout).toMatch(/^# maintainer-deprecated/);
    for (const heading of ['## What it does', '## Why it matters', '## Example', '## Fix', '## Options', '## Equivalent rules elsewhere']) {
      expect(byAlias.stdout).toContain(heading);
    }
    expect(shipshape(['rule', 'nope']).code).toBe(2);
  });
});

describe('--statistics and --preview', () => {
  it('prints counts per rule with fixability', () => {
    const r = shipshape(['--statistics', write('Dockerfile', `${MAINTAINER}MAINTAINER b@example.com\n`)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^2 {2}maintainer-deprecated +DL4000 +\[2 safe\]$/m);
    const json = JSON.parse(shipshape(['--statistics', '-f', 'json', join(dir, 'Dockerfile')]).stdout);
    expect(json.rules).toEqual([expect.objectContaining({ rule: 'maintainer-deprecated', count: 2, safe: 2, unsafe: 0 })]);
  });

  it('accepts --preview', () => {
    expect(shipshape(['--preview', write('Dockerfile', CLEAN)]).code).toBe(0);
  });
});
