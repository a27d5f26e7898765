/**
 * Whole-suite fix properties over every fixture and example and their lexical variants
 * (CRLF, BOM, lower-case keywords, backtick escape, comments inside continuations, ONBUILD):
 * all fixes (unsafe included) converge, fixing twice equals fixing once, the result has no
 * syntax errors, keeps every comment and heredoc, the BOM, the escape directive, the
 * line-ending style and the number of stages, and no rule that fixed still has an
 * applicable fix left.
 *
 * Compose files (variants: CRLF, BOM, four-space indentation) keep the same properties that
 * apply to them, and the fixed text is valid YAML that parses to what was intended: the
 * same document outside the settings fixes add or change, and those settings well-typed
 * and keeping what was there.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ComposeFile } from '../src/compose/model.js';
import { DEFAULT_CONFIG } from '../src/engine/config.js';
import type { Document } from '../src/engine/document.js';
import { parseDocument } from '../src/engine/kinds.js';
import { canApply, fixSource } from '../src/engine/fix.js';
import { lint, type LintOptions } from '../src/engine/linter.js';
import { SourceFile } from '../src/engine/source.js';
import { composeVariants, corpus, toCrlf, variants } from './lib/corpus.js';
import { ScriptFile } from '../src/script/model.js';

const options: LintOptions = {
  config: DEFAULT_CONFIG,
  settings: { images: [], readContextFile: () => null },
};

function commentTexts(source: SourceFile): string[] {
  return source.comments.map((c) => source.text.slice(c.start, c.end).trim()).sort();
}

/** Heredoc names per instruction, in order. Bodies may be edited by fixes (a flag added inside `RUN <<EOF`). */
function heredocNames(source: SourceFile): string[] {
  return [...source.allInstructions()].flatMap((i) => i.heredocs.map((h) => h.name));
}

const files = corpus();
const dockerfiles = files.filter((f) => f.kind === 'dockerfile');

describe('fix properties', () => {
  it('has a corpus', () => {
    expect(dockerfiles.length).toBeGreaterThan(10);
    expect(files.filter((f) => f.kind === 'compose').length).toBeGreaterThan(10);
  });

  for (const file of dockerfiles) {
    for (const variant of variants(file.text)) {
      it(`${file.name} [${variant.kind}]`, () => {
        const before = new SourceFile(file.name, variant.text);
        if (lint(before, options).some((f) => f.rule === 'syntax-error')) return;
        const once = fixSource(file.name, variant.text, options, true);
        expect(once.problems).toEqual([]);
        const twice = fixSource(file.name, once.output, options, true);
        expect(twice.output).toBe(once.output);
        expect(twice.applied).toEqual([]);

        const after = once.source;
        expect(once.findings.filter((f) => f.rule === 'syntax-error')).toEqual([]);
        expect(after.bom).toBe(before.bom);
        expect(after.escape).toBe(before.escape);
        expect(after.stages.length).toBe(before.stages.length);
        // Every comment and every heredoc survives.
        const kept = commentTexts(after);
        for (const c of commentTexts(before)) expect(kept).toContain(c);
        expect(heredocNames(after)).toEqual(heredocNames(before));
        // Line endings follow the file: a CRLF file gets no bare LF, an LF file no CR.
        if (before.eol === '\r\n' && !/(^|[^\r])\n/.test(variant.text)) expect(/(^|[^\r])\n/.test(once.output)).toBe(false);
        if (!variant.text.includes('\r')) expect(once.output.includes('\r')).toBe(false);
        // Rules that fixed something have no applicable fix left.
        const fixedRules = new Set(once.applied.map((a) => a.rule));
        const leftovers = once.findings.filter((f) => fixedRules.has(f.rule) && f.fix && canApply(f.fix.applicability, true));
        expect(leftovers.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      });
    }
  }
});

type Yaml = Record<string, unknown>;

/** Service settings a fix may add or change; everything else must parse the same after fixing. */
const FIXED_SETTINGS = ['user', 'read_only', 'tmpfs', 'restart', 'cap_drop', 'security_opt', 'logging', 'ports', 'deploy'];

function isObject(v: unknown): v is Yaml {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function without(v: unknown, keys: readonly string[]): unknown {
  if (!isObject(v)) return v;
  return Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)));
}

function asList(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** What a fix may do to one setting: add it well-typed, or extend it while keeping what was there. */
function expectIntendedSetting(key: string, before: unknown, after: unknown, where: string): void {
  if (after === undefined) return expect(before, where).toBeUndefined();
  switch (key) {
    case 'user':
    case 'restart':
      expect(typeof after, where).toBe('string');
      break;
    case 'read_only':
      expect(after, where).toBe(true);
      break;
    case 'tmpfs':
    case 'cap_drop':
    case 'security_opt': {
      const items = asList(after);
      for (const item of items) expect(typeof item, where).toBe('string');
      // Items are kept, except an explicit `no-new-privileges:false` turned to true.
      for (const item of asList(before)) if (!String(item).startsWith('no-new-privileges')) expect(items, where).toContain(item);
      break;
    }
    case 'ports':
      expect(asList(after).length, where).toBe(asList(before).length);
      break;
    case 'logging': {
      expect(isObject(after), where).toBe(true);
      const b = isObject(before) ? before : {};
      const a = after as Yaml;
      if (b.driver !== undefined) expect(a.driver, where).toBe(b.driver);
      const options = isObject(a.options) ? a.options : {};
      for (const value of Object.values(options)) expect(typeof value, where).toBe('string');
      expect(options, where).toMatchObject(isObject(b.options) ? b.options : {});
      break;
    }
    case 'deploy': {
      const b = isObject(before) ? before : {};
      expect(without(after, ['restart_policy']), where).toEqual(without(b, ['restart_policy']));
      expect(isObject(after) ? after.restart_policy : undefined, where).toMatchObject(isObject(b.restart_policy) ? b.restart_policy : {});
      break;
    }
  }
}

/** The fixed YAML is the original outside the settings fixes touch, and those are as intended. */
function expectIntendedYaml(before: string, after: string): void {
  const b = (parseYaml(before, { merge: true }) ?? {}) as Yaml;
  const a = (parseYaml(after, { merge: true }) ?? {}) as Yaml;
  expect(Object.keys(a)).toEqual(Object.keys(b));
  for (const [top, value] of Object.entries(b)) {
    // `x-` fragments are checked where their anchors are used: parsing resolves them into the services.
    if (top.startsWith('x-')) continue;
    const entries: [string, unknown, unknown][] = top === 'services' && isObject(value) ? Object.entries(value).map(([name, s]) => [`services.${name}`, s, (a.services as Yaml)[name]]) : [];
    if (entries.length === 0) expect(a[top], top).toEqual(value);
    for (const [where, bs, as] of entries) {
      expect(without(as, FIXED_SETTINGS), where).toEqual(without(bs, FIXED_SETTINGS));
      if (!isObject(bs) || !isObject(as)) continue;
      for (const key of FIXED_SETTINGS) expectIntendedSetting(key, bs[key], as[key], `${where}.${key}`);
    }
  }
}

function commentsOf(doc: Document): string[] {
  return doc.comments.map((c) => doc.text.slice(c.start, c.end).trim()).sort();
}

describe('fix properties of Compose files', () => {
  for (const file of files.filter((f) => f.kind === 'compose')) {
    for (const variant of composeVariants(file.text)) {
      it(`${file.name} [${variant.kind}]`, () => {
        const before = parseDocument(file.name, variant.text) as ComposeFile;
        if (before.errors.length) return;
        const once = fixSource(file.name, variant.text, options, true);
        expect(once.problems).toEqual([]);
        const twice = fixSource(file.name, once.output, options, true);
        expect(twice.output).toBe(once.output);
        expect(twice.applied).toEqual([]);

        const after = once.source as ComposeFile;
        expect(after.errors).toEqual([]);
        expect(after.bom).toBe(before.bom);
        expect(after.services.map((s) => s.name)).toEqual(before.services.map((s) => s.name));
        const kept = commentsOf(after);
        for (const c of commentsOf(before)) expect(kept).toContain(c);
        if (before.eol === '\r\n' && !/(^|[^\r])\n/.test(variant.text)) expect(/(^|[^\r])\n/.test(once.output)).toBe(false);
        if (!variant.text.includes('\r')) expect(once.output.includes('\r')).toBe(false);
        expectIntendedYaml(before.text, after.text);
        const fixedRules = new Set(once.applied.map((a) => a.rule));
        const leftovers = once.findings.filter((f) => fixedRules.has(f.rule) && f.fix && canApply(f.fix.applicability, true));
        expect(leftovers.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      });
    }
  }
});

/** What a `docker run` line is, fixes aside: its image, and every option it had with the same value. */
function runShapes(file: ScriptFile): string[][] {
  return file.runs.map((r) => [`image ${r.image?.value ?? ''}`, ...r.options.map((o) => `${o.name} ${o.value.value}`)]);
}

describe('fix properties of scripts', () => {
  for (const file of files.filter((f) => f.kind === 'script')) {
    for (const variant of [
      { kind: 'original', text: file.text },
      { kind: 'crlf', text: toCrlf(file.text) },
      { kind: 'bom', text: `\ufeff${file.text}` },
    ]) {
      it(`${file.name} [${variant.kind}]`, () => {
        const before = parseDocument(file.path, variant.text) as ScriptFile;
        if (before.errorCount) return;
        const once = fixSource(file.path, variant.text, options, true);
        expect(once.problems).toEqual([]);
        const twice = fixSource(file.path, once.output, options, true);
        expect(twice.output).toBe(once.output);
        expect(twice.applied).toEqual([]);

        const after = once.source as ScriptFile;
        expect(after.errorCount).toBe(0);
        expect(after.bom).toBe(before.bom);
        const kept = commentsOf(after);
        for (const c of commentsOf(before)) expect(kept).toContain(c);
        if (before.eol === '\r\n' && !/(^|[^\r])\n/.test(variant.text)) expect(/(^|[^\r])\n/.test(once.output)).toBe(false);
        if (!variant.text.includes('\r')) expect(once.output.includes('\r')).toBe(false);
        // The same `docker run` lines, each with its image and every option it had (values may be fixed in place).
        const shapes = runShapes(after);
        expect(shapes.length).toBe(before.runs.length);
        runShapes(before).forEach((shape, i) => {
          expect(shapes[i]?.[0]).toBe(shape[0]);
          const names = (shapes[i] ?? []).map((o) => o.split(' ')[0]);
          for (const option of shape.slice(1)) expect(names).toContain(option.split(' ')[0]);
        });
        const fixedRules = new Set(once.applied.map((a) => a.rule));
        const leftovers = once.findings.filter((f) => fixedRules.has(f.rule) && f.fix && canApply(f.fix.applicability, true));
        expect(leftovers.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      });
    }
  }
});
