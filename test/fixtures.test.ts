/**
 * Fixture snapshots (Ruff's style): each `test/fixtures/<rule>/<case>.Dockerfile` (or a file
 * of the rule's other kinds: `<case>.sh`, `Makefile`, `<case>.gitlab-ci.yml`, ...) is linted
 * with that rule alone; the report and the text after all of the rule's fixes (unsafe
 * included) are compared with `__snapshots__/<case>.snap`. Review snapshot changes as code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSource } from '../src/engine/fix.js';
import { lint, ruleKinds } from '../src/engine/linter.js';
import { getRule } from '../src/engine/registry.js';
import { kindFromName, parseDocument } from '../src/engine/kinds.js';
import { ROOT } from './lib/corpus.js';
import { lintOptionsFor } from './lib/rule-tester.js';

const FIXTURES = join(ROOT, 'test/fixtures');

function contextReader(dir: string): (p: string) => string | null {
  return (p) => {
    try {
      return readFileSync(join(dir, p), 'utf8');
    } catch {
      return null;
    }
  };
}

for (const rule of readdirSync(FIXTURES).filter((d) => statSync(join(FIXTURES, d)).isDirectory()).sort()) {
  describe(rule, () => {
    const dir = join(FIXTURES, rule);
    const meta = getRule(rule);
    // Only files of the rule's own kinds: other files are context (an entrypoint script beside a Dockerfile).
    const kinds = meta ? ruleKinds(meta) : [];
    const ownKind = (f: string): boolean => {
      const kind = kindFromName(f);
      return kind !== null && kinds.includes(kind);
    };
    for (const file of readdirSync(dir).filter(ownKind).sort()) {
      it(file, async () => {
        const text = readFileSync(join(dir, file), 'utf8');
        // A fixture folder may hold `options.json`: the rule's options for its fixtures.
        const optionsFile = join(dir, 'options.json');
        const ruleOptions = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as Record<string, unknown>) : undefined;
        const base = lintOptionsFor(rule, ruleOptions ? { code: text, options: ruleOptions } : { code: text });
        const options = { ...base, settings: { ...base.settings, readContextFile: contextReader(dir) } };
        const source = parseDocument(file, text);
        const findings = lint(source, options).filter((f) => f.rule === rule);
        const report = findings.map((f) => {
          const s = source.lines.position(f.start);
          const e = source.lines.position(f.end);
          const fix = f.fix ? ` [${f.fix.applicability}: ${f.fix.title}]` : '';
          return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.severity} ${f.message}${fix}`;
        });
        const fixed = fixSource(file, text, options, true);
        const snap = [`# ${rule} / ${file}`, '', '## Findings', ...(report.length ? report : ['(none)']), '', '## Fixed (unsafe fixes included)', fixed.changed ? fixed.output : '(unchanged)'].join('\n');
        await expect(snap).toMatchFileSnapshot(join(dir, '__snapshots__', `${file.replace(/\.(Dockerfile|ya?ml|json|sh|bash|mk)$/, '')}.snap`));
      });
    }
  });
}
