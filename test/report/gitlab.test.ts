/**
 * The GitLab Code Quality report: golden files, the fields GitLab requires, and fingerprints
 * that are unique and survive edits elsewhere in the file.
 */
import { describe, expect, it } from 'vitest';
import { AWKWARD, AWKWARD_NAME, GOLDEN_RULES, shipshape } from './run-cli.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end: number } };
}

async function gitlab(args: readonly string[], stdin?: string): Promise<{ text: string; issues: Issue[] }> {
  const r = await shipshape(['--format', 'gitlab', ...args, ...GOLDEN_RULES], stdin);
  expect(r.stderr).toBe('');
  return { text: r.stdout, issues: JSON.parse(r.stdout) as Issue[] };
}

describe('gitlab', () => {
  it('matches the golden files', async () => {
    await expect((await gitlab(['examples'])).text).toMatchFileSnapshot('golden/gitlab/examples.json');
    await expect((await gitlab(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD)).text).toMatchFileSnapshot('golden/gitlab/awkward.json');
  });

  it('gives every issue the fields GitLab requires, with unique fingerprints', async () => {
    const { issues } = await gitlab(['examples']);
    expect(issues.length).toBeGreaterThan(5);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(issue.description).not.toBe('');
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.location.path).toMatch(/^examples\/[^/]+\/Dockerfile$/);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(issue.location.lines.end).toBeGreaterThanOrEqual(issue.location.lines.begin);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  });

  it('maps severities', async () => {
    const { issues } = await gitlab(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD);
    expect(issues.map((i) => [i.check_name, i.severity])).toEqual([
      ['image-tag-latest', 'major'],
      ['runs-as-root', 'major'],
      ['apk-add-no-cache', 'minor'],
      ['apk-add-no-cache', 'minor'],
      ['workdir-relative', 'major'],
      ['syntax-error', 'critical'],
    ]);
  });

  it('keeps fingerprints when lines move and tells identical lines apart', async () => {
    const prints = async (text: string) => (await gitlab(['--stdin-filename', 'Dockerfile', '-'], text)).issues.map((i) => [i.location.lines.begin, i.fingerprint]);
    const before = await prints('FROM alpine:3.20\nRUN apk add curl\nRUN apk add curl\nUSER 10001\n');
    const after = await prints('FROM alpine:3.20\nWORKDIR /app\nENV A=1\nRUN apk add curl\nRUN apk add curl\nUSER 10001\n');
    expect(before.map(([line]) => line)).toEqual([2, 3]);
    expect(after.map(([line]) => line)).toEqual([4, 5]);
    expect(after.map(([, p]) => p)).toEqual(before.map(([, p]) => p));
    expect(before[0]![1]).not.toBe(before[1]![1]);
    const renamed = await prints('FROM alpine:3.20\nRUN apk add wget\nUSER 10001\n');
    expect(renamed[0]![1]).not.toBe(before[0]![1]);
  });

  it('writes an empty array for clean files', async () => {
    expect((await gitlab(['--stdin-filename', 'Dockerfile', '-'], 'FROM alpine:3.20\nUSER 10001:10001\n')).text).toBe('[]\n');
  });
});
