/**
 * The pre-commit hooks (.pre-commit-hooks.yaml) as users get them: the working tree is
 * committed into a temporary repository, a project points its .pre-commit-config.yaml at that
 * repository and commit, and the real `pre-commit` installs the hooks (an `npm install` of
 * this package in its cache, which builds it) and runs them on `git commit`.
 * Skipped, saying so, when `pre-commit` is not installed (Debian: `apt-get install pre-commit`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const probe = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const PRE_COMMIT = probe.status === 0 ? probe.stdout.trim() : null;
if (!PRE_COMMIT) console.warn('test/precommit.test.ts: SKIPPED, the `pre-commit` command is not installed (apt-get install pre-commit)');

let root: string;
let project: string;
let env: NodeJS.ProcessEnv;

interface Run {
  readonly code: number | null;
  readonly output: string;
}

function run(cmd: string, args: string[], cwd: string): Run {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

function git(args: string[], cwd: string): string {
  const r = run('git', args, cwd);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed:\n${r.output}`);
  return r.output.trim();
}

/** A repository whose one commit is this working tree (tracked and new files, as git sees them). */
function snapshotWorkingTree(into: string): string {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, env, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(REPO, file))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(REPO, file), join(into, file));
  }
  git(['init', '-q'], into);
  git(['add', '-A'], into);
  git(['commit', '-q', '-m', 'snapshot'], into);
  return git(['rev-parse', 'HEAD'], into);
}

describe.skipIf(!PRE_COMMIT)(`pre-commit hooks (${PRE_COMMIT ?? 'SKIPPED: pre-commit is not installed'})`, () => {
  beforeAll(() => {
    // pre-commit takes the tarball name from `npm pack`'s stdout: npm must not print the
    // `prepare` build there (npm 10+ does, unless foreground-scripts is false).
    if (!/^\s*foreground-scripts\s*=\s*false\s*$/m.test(existsSync(join(REPO, '.npmrc')) ? readFileSync(join(REPO, '.npmrc'), 'utf8') : '')) {
      throw new Error('.npmrc must set `foreground-scripts=false`, or pre-commit cannot install the hook with npm 10+');
    }
    root = mkdtempSync(join(tmpdir(), 'shipshape-pre-commit-'));
    env = {
      ...process.env,
      PRE_COMMIT_HOME: join(root, 'cache'),
      // The user's git config (hooksPath, signing, templates) must not take part.
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    };
    // Set when the suite itself runs inside a git hook; they would point git at this repo.
    for (const key of ['GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE', 'GIT_PREFIX']) delete env[key];
    const hooks = join(root, 'shipshape');
    mkdirSync(hooks);
    const rev = snapshotWorkingTree(hooks);
    project = join(root, 'project');
    mkdirSync(project);
    git(['init', '-q'], project);
    writeFileSync(join(project, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hooks}\n    rev: ${rev}\n    hooks:\n      - id: shipshape-fix\n      - id: shipshape\n`);
    git(['add', '.pre-commit-config.yaml'], project);
    // One install for the whole suite: both hooks share the environment.
    const install = run('pre-commit', ['install-hooks'], project);
    if (install.code !== 0) throw new Error(`pre-commit install-hooks failed:\n${install.output}`);
    git(['commit', '-q', '-m', 'pre-commit config'], project);
    const hook = run('pre-commit', ['install'], project);
    if (hook.code !== 0) throw new Error(`pre-commit install failed:\n${hook.output}`);
  }, 600_000);

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('shipshape-fix stops a commit that it fixed, leaves the change to review, and the next commit passes', () => {
    writeFileSync(join(project, 'Dockerfile'), 'FROM debian:12\nMAINTAINER jane@example.com\nUSER nobody\n');
    git(['add', 'Dockerfile'], project);
    const first = run('git', ['commit', '-m', 'add Dockerfile'], project);
    expect(first.code, first.output).not.toBe(0);
    expect(first.output).toMatch(/shipshape \(fix\)\.+Failed/);
    expect(first.output).toContain('files were modified by this hook');
    expect(readFileSync(join(project, 'Dockerfile'), 'utf8')).toBe('FROM debian:12\nLABEL maintainer="jane@example.com"\nUSER nobody\n');
    // The fix is an unstaged change: `git diff` shows the user exactly what changed.
    const diff = git(['diff', '--', 'Dockerfile'], project);
    expect(diff).toContain('\n-MAINTAINER jane@example.com\n+LABEL maintainer="jane@example.com"');

    git(['add', 'Dockerfile'], project);
    const second = run('git', ['commit', '-m', 'add Dockerfile'], project);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toMatch(/shipshape \(fix\)\.+Passed/);
    expect(second.output).toMatch(/shipshape\.+Passed/);
    expect(git(['log', '-1', '--format=%s'], project)).toBe('add Dockerfile');
  });

  it('shipshape fails on findings, names the rule, and leaves the file alone', () => {
    const text = 'FROM debian:12\nUSER root\n';
    mkdirSync(join(project, 'api'));
    writeFileSync(join(project, 'api', 'api.Dockerfile'), text);
    const r = run('pre-commit', ['run', 'shipshape', '--files', 'api/api.Dockerfile'], project);
    expect(r.code, r.output).toBe(1);
    expect(r.output).toMatch(/shipshape\.+Failed/);
    expect(r.output).toContain('warning[runs-as-root]');
    expect(r.output).toContain('api/api.Dockerfile:2:1');
    expect(readFileSync(join(project, 'api', 'api.Dockerfile'), 'utf8')).toBe(text);
  });

  it('shipshape passes on a clean file', () => {
    const r = run('pre-commit', ['run', 'shipshape', '--files', 'Dockerfile'], project);
    expect(r.code, r.output).toBe(0);
    expect(r.output).toMatch(/shipshape\.+Passed/);
  });

  it('runs only on the file names shipshape looks for', () => {
    writeFileSync(join(project, 'notes.txt'), 'FROM debian:12\nUSER root\n');
    const skipped = run('pre-commit', ['run', 'shipshape', '--files', 'notes.txt'], project);
    expect(skipped.code, skipped.output).toBe(0);
    expect(skipped.output).toMatch(/shipshape\.+\(no files to check\)Skipped/);
    for (const name of ['Containerfile', 'dockerfile.dev', 'Containerfile.prod', 'web.dockerfile']) {
      writeFileSync(join(project, name), 'FROM debian:12\nUSER root\n');
      const r = run('pre-commit', ['run', 'shipshape', '--files', name], project);
      expect(r.output, name).toContain(`${name}:2:1`);
    }
  });
});
