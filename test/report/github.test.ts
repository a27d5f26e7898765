/**
 * The GitHub Actions report: golden files, and every line parses back as a workflow command
 * (GitHub's escaping undone) with the finding's data.
 */
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubReporter } from '../../src/report/github.js';
import { AWKWARD, AWKWARD_NAME, GOLDEN_RULES, shipshape } from './run-cli.js';

async function github(args: readonly string[], stdin?: string): Promise<string> {
  const r = await shipshape(['--format', 'github', ...args, ...GOLDEN_RULES], stdin);
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** What the runner does with a command line: split it and decode the escapes. */
function parse(line: string): { command: string; properties: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties: Record<string, string> = {};
  for (const pair of (m[2] as string).split(',')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1] as string, properties, message: unescape(m[3] as string) };
}

describe('github', () => {
  it('matches the golden files', async () => {
    await expect(await github(['examples'])).toMatchFileSnapshot('golden/github/examples.txt');
    await expect(await github(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD)).toMatchFileSnapshot('golden/github/awkward.txt');
  });

  it('escapes what GitHub decodes', () => {
    expect(escapeData('50% a:b, c\r\nd')).toBe('50%25 a:b, c%0D%0Ad');
    expect(escapeProperty('50% a:b, c\r\nd')).toBe('50%25 a%3Ab%2C c%0D%0Ad');
  });

  it('writes one parseable command per finding, with the data round-tripping', async () => {
    const lines = (await github(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD)).trimEnd().split('\n');
    const commands = lines.map(parse);
    expect(commands.map((c) => [c.command, c.properties.title])).toEqual([
      ['warning', 'shipshape (image-tag-latest)'],
      ['warning', 'shipshape (runs-as-root)'],
      ['notice', 'shipshape (apk-add-no-cache)'],
      ['notice', 'shipshape (apk-add-no-cache)'],
      ['warning', 'shipshape (workdir-relative)'],
      ['error', 'shipshape (syntax-error)'],
    ]);
    for (const c of commands) expect(c.properties.file).toBe(AWKWARD_NAME);
    const workdir = commands[4]!;
    expect(workdir.properties).toMatchObject({ line: '4', col: '9', endLine: '4', endColumn: '23' });
    expect(workdir.message.split('\n')[0]).toBe("Relative `WORKDIR 50%,a:b&<c>'d'` depends on the directory before it: use an absolute path");
    expect(commands[2]!.message).toBe('`apk add` without `--no-cache` keeps the package index in the image; add `--no-cache`\nhelp: Add `--no-cache` (safe fix)');
  });

  it('prints nothing for clean files', async () => {
    expect(await github(['--stdin-filename', 'Dockerfile', '-'], 'FROM alpine:3.20\nUSER 10001:10001\n')).toBe('');
  });

  it('reports fixes that were undone as warnings on the file', () => {
    const options = { color: false, unsafeFixes: false, fixing: true };
    const line = githubReporter.file({ path: 'a,b/Dockerfile', source: null, findings: [], fixed: [], problems: ['runs-as-root: fix undone, 100%'] }, options, 0);
    expect(line).toBe('::warning file=a%2Cb/Dockerfile,title=shipshape::runs-as-root: fix undone, 100%25\n');
  });
});
