/** The registry, the rule files, the fixers, the docs, the tests and the README agree (ESLint's checkRuleFiles). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulesTable } from '../src/cli/docs.js';
import { DEFAULT_CONFIG } from '../src/engine/config.js';
import { lint, ruleKinds } from '../src/engine/linter.js';
import { allRules, getFixer } from '../src/engine/registry.js';
import type { DocumentKind } from '../src/engine/document.js';
import { kindFromName, parseDocument } from '../src/engine/kinds.js';
import { ROOT } from './lib/corpus.js';
import { FILE_NAMES } from './lib/rule-tester.js';

const ruleFiles = readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
const fixerFiles = readdirSync(join(ROOT, 'fixers')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
/** Rules whose findings come from the engine itself, not from a check over the file. */
const ENGINE_RULES = new Set(['invalid-suppression', 'unused-suppression']);

describe('registry', () => {
  it('registers every rule file, under its file name', () => {
    expect(allRules().map((r) => r.meta.name).sort()).toEqual([...ruleFiles].sort());
  });

  it('has a fixer exactly for the rules that declare a fix, and a rule for every fixer file', () => {
    for (const rule of allRules()) expect(Boolean(getFixer(rule.meta.name)), rule.meta.name).toBe(rule.meta.fix !== null);
    for (const f of fixerFiles) expect(ruleFiles, `fixers/${f}.ts has no rule`).toContain(f);
  });

  it('has no alias claimed by two rules unless both really cover it', () => {
    const seen = new Map<string, string[]>();
    for (const r of allRules()) for (const a of r.meta.aliases) seen.set(a, [...(seen.get(a) ?? []), r.meta.name]);
    const shared = [...seen].filter(([, names]) => names.length > 1);
    // Aliases shared on purpose are listed here with a reason.
    // Trivy's DS001 and Checkov's CKV_DOCKER_7 flag both a missing tag (an implicit latest) and `:latest`.
    const allowed = new Set(['DS001', 'CKV_DOCKER_7']);
    for (const [alias, names] of shared) expect(allowed.has(alias), `${alias} is claimed by ${names.join(', ')}`).toBe(true);
  });
});

describe.each(allRules().map((r) => [r.meta.name, r] as const))('%s', (name, rule) => {
  const { meta } = rule;
  it('has complete docs', () => {
    expect(meta.name).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(meta.summary.length).toBeGreaterThan(10);
    for (const key of ['whatItDoes', 'whyItMatters', 'example', 'fix'] as const) expect(meta.docs[key].trim().length, key).toBeGreaterThan(10);
    expect(Object.keys(meta.docs.options ?? {}).sort()).toEqual(Object.keys(meta.defaultOptions ?? {}).sort());
  });

  it('has a test file and fixtures', () => {
    expect(existsSync(join(ROOT, 'test/rules', `${name}.test.ts`)), `test/rules/${name}.test.ts`).toBe(true);
    const dir = join(ROOT, 'test/fixtures', name);
    expect(existsSync(dir) && readdirSync(dir).some((f) => kindFromName(f) !== null), `test/fixtures/${name}/ (a file of the rule's kind)`).toBe(true);
  });

  it.skipIf(ENGINE_RULES.has(name))('its docs example triggers it and the fixed example does not', () => {
    const context = meta.docs.exampleContext ?? {};
    const options = {
      config: { ...DEFAULT_CONFIG, rules: new Map([[name, { enabled: true, options: meta.docs.exampleOptions ?? {} }]]) },
      select: new Set([name]),
      settings: { images: [], readContextFile: (p: string) => context[p.replace(/^\.\//, '')] ?? null },
    };
    const file = FILE_NAMES[ruleKinds(rule)[0] as DocumentKind];
    expect(lint(parseDocument(file, meta.docs.example), options).length).toBeGreaterThan(0);
    if (meta.docs.exampleFixed) expect(lint(parseDocument(file, meta.docs.exampleFixed), options).map((f) => f.message)).toEqual([]);
  });
});

describe('README', () => {
  it('shows the rules table generated from the registry', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- rules:start -->');
    const end = readme.indexOf('<!-- rules:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start + '<!-- rules:start -->'.length, end).trim()).toBe(rulesTable(allRules()).trim());
  });
});
