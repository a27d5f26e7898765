/**
 * The daemon.json kind: the model (offsets, errors, duplicate keys, file names), the edit
 * builders, and the fix properties over every daemon.json fixture and example and their
 * layout variants (CRLF, BOM, tabs, four spaces, minified): fixes converge, fixing twice
 * equals fixing once, the result is valid JSON whose untouched keys keep their values, the
 * fixed keys hold the intended values, and the line-ending style is kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setValue, setValues } from '../src/daemon/edits.js';
import { DaemonFile } from '../src/daemon/model.js';
import { DEFAULT_CONFIG } from '../src/engine/config.js';
import { canApply, fixSource } from '../src/engine/fix.js';
import { kindFromName } from '../src/engine/kinds.js';
import type { LintOptions } from '../src/engine/linter.js';
import { applyEdits } from '../src/engine/text.js';
import { ROOT } from './lib/corpus.js';

describe('kindFromName', () => {
  it.each([
    ['/etc/docker/daemon.json', 'daemon'],
    ['hosts/prod.daemon.json', 'daemon'],
    ['Daemon.JSON', 'daemon'],
    ['daemon.jsonc', null],
    ['mydaemon.json', null],
    ['package.json', null],
  ])('%s -> %s', (path, kind) => {
    expect(kindFromName(path)).toBe(kind);
  });
});

describe('DaemonFile', () => {
  it('gives UTF-16 offsets into the text without BOM', () => {
    const text = '\ufeff{"labels": ["é😀"], "icc": true}';
    const file = new DaemonFile('daemon.json', text);
    const at = file.mismatch('icc', false);
    expect(at && file.text.slice(at.start, at.end)).toBe('true');
    expect(at?.start).toBe(text.indexOf('true') - 1);
    expect(file.fileText).toBe(text);
  });

  it('keeps the last of repeated keys, as dockerd does', () => {
    const file = new DaemonFile('daemon.json', '{"icc": true, "icc": false}');
    expect(file.value('icc')).toBe(false);
  });

  it('has no comments: ignores go through config', () => {
    expect(new DaemonFile('daemon.json', '{\n  "icc": false\n}\n').comments).toEqual([]);
  });

  it('accepts a changed key only where an edit touches it', () => {
    const before = new DaemonFile('daemon.json', '{"a": 1, "b": 2}');
    const onA = { start: 6, end: 7, text: '3' };
    expect(before.keepsStructure(before.reparse('{"a": 3, "b": 2}'), [onA])).toBe(true);
    expect(before.keepsStructure(before.reparse('{"a": 3, "b": 4}'), [onA])).toBe(false);
    expect(before.keepsStructure(before.reparse('{"a": 3, "b": 2,}'), [onA])).toBe(false);
  });
});

describe('edits', () => {
  const edit = (text: string, path: string[], value: unknown) => {
    const file = new DaemonFile('daemon.json', text);
    const e = setValue(file, path, value);
    return e && { edit: e, after: applyEdits(text, [e]) };
  };

  it('replaces an existing value in place', () => {
    expect(edit('{\n  "icc": true\n}\n', ['icc'], false)).toEqual({ edit: { start: 11, end: 15, text: 'false' }, after: '{\n  "icc": false\n}\n' });
  });

  it('inserts after the last property, touching nothing else', () => {
    expect(edit('{\n  "a": 1\n}\n', ['icc'], false)?.edit).toEqual({ start: 10, end: 10, text: ',\n  "icc": false' });
  });

  it('creates missing objects on the way', () => {
    expect(edit('{"a":1}', ['log-opts', 'max-size'], '10m')?.after).toBe('{"a":1,"log-opts":{"max-size":"10m"}}');
  });

  it('refuses to go through a value that is not an object', () => {
    expect(edit('{"log-opts": "x"}', ['log-opts', 'max-size'], '10m')).toBeNull();
  });

  it('sets several values in one object as one edit', () => {
    const file = new DaemonFile('daemon.json', '{\n  "log-opts": {}\n}\n');
    const e = setValues(file, [
      [['log-opts', 'max-size'], '10m'],
      [['log-opts', 'max-file'], '3'],
    ]);
    expect(e && applyEdits(file.text, [e])).toBe('{\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  }\n}\n');
  });
});

/** The keys the daemon fixes set, and the values they set them to. */
const FIXED: Readonly<Record<string, unknown>> = {
  icc: false,
  ip: '127.0.0.1',
  'userns-remap': 'default',
  'no-new-privileges': true,
  'live-restore': true,
  'userland-proxy': false,
};

function daemonFiles(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) daemonFiles(path, out);
    else if (kindFromName(entry) === 'daemon') out.push(path);
  }
  return out;
}

function layouts(text: string): { kind: string; text: string }[] {
  const out = [
    { kind: 'original', text },
    { kind: 'crlf', text: text.replace(/\r?\n/g, '\r\n') },
    { kind: 'bom', text: `\ufeff${text}` },
  ];
  if (new DaemonFile('daemon.json', text).errors.length === 0) {
    const value: unknown = JSON.parse(text);
    out.push({ kind: 'minified', text: JSON.stringify(value) }, { kind: 'tabs', text: `${JSON.stringify(value, null, '\t')}\n` }, { kind: 'four-spaces', text: `${JSON.stringify(value, null, 4)}\n` });
  }
  return out;
}

describe('daemon.json fix properties', () => {
  const options: LintOptions = { config: DEFAULT_CONFIG, settings: { images: [], readContextFile: () => null } };
  const files = [...daemonFiles(join(ROOT, 'test/fixtures'), []), ...daemonFiles(join(ROOT, 'examples'), [])];

  it('has a corpus', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const path of files) {
    for (const variant of layouts(readFileSync(path, 'utf8'))) {
      it(`${relative(ROOT, path)} [${variant.kind}]`, () => {
        const before = new DaemonFile('daemon.json', variant.text);
        const once = fixSource('daemon.json', variant.text, options, true);
        if (before.errors.length > 0) {
          expect(once.output).toBe(variant.text);
          return;
        }
        expect(once.problems).toEqual([]);
        const twice = fixSource('daemon.json', once.output, options, true);
        expect(twice.output).toBe(once.output);
        const after = once.source as DaemonFile;
        expect(after.errors).toEqual([]);
        expect(after.bom).toBe(before.bom);
        const parsed = JSON.parse(after.text) as Record<string, unknown>;
        const original = JSON.parse(before.text) as Record<string, unknown>;
        for (const [key, value] of Object.entries(original)) if (!(key in FIXED) && key !== 'log-opts') expect(parsed[key], key).toEqual(value);
        for (const [key, value] of Object.entries(FIXED)) expect(parsed[key], key).toEqual(value);
        if (original['log-driver'] === undefined || original['log-driver'] === 'json-file') expect((parsed['log-opts'] as Record<string, unknown>)['max-size']).toBeDefined();
        if (!variant.text.includes('\r')) expect(once.output.includes('\r')).toBe(false);
        if (variant.kind === 'crlf') expect(/(^|[^\r])\n/.test(once.output)).toBe(false);
        const fixedRules = new Set(once.applied.map((a) => a.rule));
        expect(once.findings.filter((f) => fixedRules.has(f.rule) && f.fix && canApply(f.fix.applicability, true)).map((f) => f.rule)).toEqual([]);
      });
    }
  }
});
