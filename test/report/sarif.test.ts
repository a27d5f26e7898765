/**
 * The SARIF report: golden files, the SARIF 2.1.0 JSON schema, Microsoft's SARIF validator
 * with GitHub's ingestion rules on the built CLI's output, and the properties code scanning
 * relies on (rule indexes, levels, UTF-16 columns, fixes, stable fingerprints).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/engine/source.js';
import { sarifReporter } from '../../src/report/sarif.js';
import { emptySummary } from '../../src/report/types.js';
import { AWKWARD, AWKWARD_NAME, GOLDEN_RULES, shipshape } from './run-cli.js';

const require = createRequire(import.meta.url);
/** The validator's native binary for this platform (its npm bin wrapper runs it through a shell, which splits `Sarif;Gh`). */
const MULTITOOL: string = require('@microsoft/sarif-multitool');
const SCHEMA = JSON.parse(readFileSync(join(dirname(MULTITOOL), 'sarif-2.1.0.json'), 'utf8'));
const CLEAN = 'FROM alpine:3.20\nUSER 10001:10001\nCMD ["sh"]\n';
const CLI = fileURLToPath(new URL('../../dist/src/cli/launch.cjs', import.meta.url));

/**
 * Validator notes we accept, each a suggestion that does not fit shipshape: message ids and
 * arguments (GitHub requires flat text), version-control provenance (not ours to know),
 * reachable URIs (checked over the network), `XX1234`-style rule ids (ours are names), code
 * snippets and context regions (the file is in the repository), help URIs (no per-rule pages
 * yet).
 */
const ACCEPTED_NOTES = new Set(['SARIF2002', 'SARIF2003', 'SARIF2006', 'SARIF2009', 'SARIF2010', 'SARIF2011', 'SARIF2012']);

interface SarifLog {
  runs: {
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
      partialFingerprints: Record<string, string>;
      fixes?: { description: { text: string }; artifactChanges: { replacements: { deletedRegion: Record<string, number>; insertedContent: { text: string } }[] }[] }[];
      properties: { severity: string };
    }[];
    tool: { driver: { name: string; version: string; rules: { id: string; defaultConfiguration: { level: string }; properties: { tags: string[] } }[] } };
    columnKind: string;
  }[];
}

async function sarif(args: readonly string[], stdin?: string): Promise<{ text: string; log: SarifLog }> {
  const r = await shipshape(['--format', 'sarif', ...args, ...GOLDEN_RULES], stdin);
  expect(r.stderr).toBe('');
  return { text: r.stdout, log: JSON.parse(r.stdout) as SarifLog };
}

function validateSchema(log: unknown): unknown {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(SCHEMA);
  validate(log);
  return validate.errors ?? [];
}

describe('sarif', () => {
  it('matches the golden files', async () => {
    await expect((await sarif(['examples'])).text).toMatchFileSnapshot('golden/sarif/examples.sarif');
    await expect((await sarif(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD)).text).toMatchFileSnapshot('golden/sarif/awkward.sarif');
  });

  it('follows the SARIF 2.1.0 schema', async () => {
    expect(validateSchema((await sarif(['examples'])).log)).toEqual([]);
    expect(validateSchema((await sarif(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD)).log)).toEqual([]);
    expect(validateSchema((await sarif(['--stdin-filename', 'Dockerfile', '-'], CLEAN)).log)).toEqual([]);
  });

  it('passes the SARIF validator with GitHub ingestion rules (built CLI)', { timeout: 60_000 }, () => {
    expect(existsSync(CLI), 'build first: npm run build').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-sarif-'));
    const input = join(dir, 'examples.sarif');
    const r = spawnSync(process.execPath, [CLI, '--format', 'sarif', 'examples'], { encoding: 'utf8' });
    expect(r.stdout).toContain('"version": "2.1.0"');
    writeFileSync(input, r.stdout);
    const awkward = spawnSync(process.execPath, [CLI, '--format', 'sarif', '--stdin-filename', AWKWARD_NAME, '-'], { input: AWKWARD, encoding: 'utf8' });
    writeFileSync(join(dir, 'awkward.sarif'), awkward.stdout);
    const output = join(dir, 'validation.sarif');
    const v = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--output', output, input, join(dir, 'awkward.sarif')], { encoding: 'utf8' });
    expect(v.status, v.stdout + v.stderr).toBe(0);
    const report = JSON.parse(readFileSync(output, 'utf8')) as { runs: { results: { ruleId: string; level?: string; message: { text?: string } }[] }[] };
    const results = report.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0); // it did look
    const problems = results.filter((x) => (x.level ?? 'warning') !== 'note' || !ACCEPTED_NOTES.has(x.ruleId)).map((x) => `${x.ruleId}: ${x.message.text}`);
    expect(problems).toEqual([]);
  });

  it('lists each rule once, with its metadata, and points results at it', async () => {
    const { log } = await sarif(['examples']);
    const run = log.runs[0]!;
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(run.tool.driver.name).toBe('shipshape');
    for (const result of run.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
    const root = run.tool.driver.rules.find((r) => r.id === 'runs-as-root')!;
    expect(root.properties.tags).toEqual(expect.arrayContaining(['security', 'DL3002']));
    expect(root.defaultConfiguration.level).toBe('warning');
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('maps severities to levels and keeps the severity', async () => {
    const { log } = await sarif(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD);
    const levels = log.runs[0]!.results.map((r) => [r.ruleId, r.level, r.properties.severity]);
    expect(levels).toContainEqual(['apk-add-no-cache', 'note', 'info']);
    expect(levels).toContainEqual(['runs-as-root', 'warning', 'warning']);
    expect(levels).toContainEqual(['syntax-error', 'error', 'error']);
  });

  it('gives regions in 1-based UTF-16 columns with an exclusive end, and a relative, encoded URI', async () => {
    const { log } = await sarif(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD);
    const apk = log.runs[0]!.results.find((r) => r.ruleId === 'apk-add-no-cache')!;
    const loc = apk.locations[0]!.physicalLocation;
    // `RUN echo "😀" && apk add curl`: the emoji is two UTF-16 code units, so `apk` is at column 18 (17 in code points).
    expect(loc.region).toEqual({ startLine: 2, startColumn: 18, endLine: 2, endColumn: 25 });
    expect(loc.artifactLocation).toEqual({ uri: 'odd%20dir/a%25b%2Cc%3Ad%26%3Ce%3E.Dockerfile', uriBaseId: '%SRCROOT%' });
  });

  it('carries safe and unsafe fixes as replacements, not display-only suggestions', async () => {
    const { log } = await sarif(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD);
    const results = log.runs[0]!.results;
    const apk = results.find((r) => r.ruleId === 'apk-add-no-cache')!;
    expect(apk.fixes).toEqual([
      {
        description: { text: 'Add `--no-cache` (safe fix, applied by `shipshape --fix`)' },
        artifactChanges: [{ artifactLocation: apk.locations[0]!.physicalLocation.artifactLocation, replacements: [{ deletedRegion: { startLine: 2, startColumn: 25, endLine: 2, endColumn: 25 }, insertedContent: { text: ' --no-cache' } }] }],
      },
    ]);
    expect(results.find((r) => r.ruleId === 'runs-as-root')!.fixes![0]!.description.text).toContain('unsafe fix');
    expect(results.find((r) => r.ruleId === 'image-tag-latest')!.fixes).toBeUndefined();
  });

  it('keeps fingerprints across unrelated edits above and line-ending changes, and tells duplicates apart', async () => {
    const prints = async (text: string) => (await sarif(['--stdin-filename', 'Dockerfile', '-'], text)).log.runs[0]!.results.map((r) => `${r.ruleId} ${r.partialFingerprints['shipshapeFindingHash/v1']}`);
    const before = await prints('FROM alpine:3.20\nRUN apk add curl\nRUN apk add curl\nUSER 10001\n');
    const after = await prints('# syntax=docker/dockerfile:1\r\nFROM alpine:3.20\r\n\r\nLABEL a=b\r\nRUN apk  add curl\r\nRUN apk add curl\r\nUSER 10001\r\n');
    expect(before).toHaveLength(2);
    expect(new Set(before).size).toBe(2);
    expect(after).toEqual(before);
  });

  it('writes a valid, empty run for clean files', async () => {
    const { log } = await sarif(['--stdin-filename', 'Dockerfile', '-'], CLEAN);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });

  it('makes absolute paths under the working directory relative, and others file URIs', async () => {
    const inside = (await sarif([resolve('examples/alpine-tools/Dockerfile')])).log.runs[0]!.results[0]!;
    expect(inside.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'examples/alpine-tools/Dockerfile', uriBaseId: '%SRCROOT%' });
    const dir = mkdtempSync(join(tmpdir(), 'shipshape sarif-'));
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:latest\nUSER 10001\n');
    const outside = (await sarif([join(dir, 'Dockerfile')])).log.runs[0]!.results[0]!;
    expect(outside.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(join(dir, 'Dockerfile')).href });
  });

  it('reports fixes that were undone as tool notifications', () => {
    const options = { color: false, unsafeFixes: false, fixing: true };
    const source = new SourceFile('Dockerfile', 'FROM alpine:3.20\n');
    const text = sarifReporter.start(options) + sarifReporter.file({ path: 'Dockerfile', source, findings: [], fixed: [], problems: ['runs-as-root: fix undone'] }, options, 0) + sarifReporter.end(emptySummary(), options);
    const log = JSON.parse(text);
    expect(validateSchema(log)).toEqual([]);
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: 'runs-as-root: fix undone' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' } } }] }] }]);
  });
});
