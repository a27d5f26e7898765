/**
 * A table-driven rule tester in the manner of ESLint's RuleTester.
 *
 *   testRule('sudo-in-run', {
 *     valid: ['FROM alpine:3.20\nRUN echo hi\n'],
 *     invalid: [{ code: 'FROM alpine:3.20\nRUN sudo echo hi\n', errors: [{ line: 2, column: 5 }], output: 'FROM alpine:3.20\nRUN echo hi\n' }],
 *   });
 *
 * `valid` cases produce no finding of the rule and are unchanged by fixing (unsafe fixes included).
 * `invalid` cases list the expected findings and the exact `output` after applying this rule's
 * fixes (unsafe included unless `unsafe: false`), or `output: null` when no fix is applied.
 * Only the rule under test runs (plus nothing else), so outputs are exact.
 */
import { describe, expect, it } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '../../src/engine/config.js';
import { fixSource } from '../../src/engine/fix.js';
import { lint, type LintOptions, ruleKinds } from '../../src/engine/linter.js';
import { getFixer, getRule } from '../../src/engine/registry.js';
import type { DocumentKind } from '../../src/engine/document.js';
import { parseDocument } from '../../src/engine/kinds.js';
import type { Applicability, ImageFact, Severity } from '../../src/engine/types.js';

export interface ExpectedFinding {
  readonly line: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity?: Severity;
  /** Substring the message must contain. */
  readonly message?: string;
  /** Expected applicability of the finding's fix; null means no fix. */
  readonly fix?: Applicability | null;
}

export interface ValidCase {
  readonly code: string;
  readonly name?: string;
  readonly options?: Readonly<Record<string, unknown>>;
  /** Files of the build context beside the Dockerfile. */
  readonly context?: Readonly<Record<string, string>>;
  readonly images?: readonly ImageFact[];
  /**
   * The file name to lint the code as, when the rule's kind has several formats
   * (`Makefile`, `.github/workflows/ci.yml`, `.gitlab-ci.yml` for scripts); default FILE_NAMES.
   */
  readonly fileName?: string;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
  /** Exact text after fixing; null when nothing is applied. */
  readonly output: string | null;
  /** Apply unsafe fixes too (default true). */
  readonly unsafe?: boolean;
}

export function lintOptionsFor(ruleName: string, c: ValidCase): LintOptions {
  const rules = new Map(DEFAULT_CONFIG.rules);
  if (c.options) rules.set(ruleName, { enabled: true, options: c.options });
  const config: Config = { ...DEFAULT_CONFIG, rules, images: c.images ?? [] };
  return {
    config,
    select: new Set([ruleName]),
    settings: { images: c.images ?? [], readContextFile: (p) => c.context?.[p.replace(/^\.\//, '')] ?? null },
  };
}

/** A file name of each kind, so the engine parses the test input as the rule's kind. */
export const FILE_NAMES: Readonly<Record<DocumentKind, string>> = { dockerfile: 'Dockerfile', compose: 'compose.yaml', daemon: 'daemon.json', script: 'deploy.sh' };

export function testRule(ruleName: string, cases: { valid: readonly (string | ValidCase)[]; invalid: readonly InvalidCase[] }): void {
  const rule = getRule(ruleName);
  const file = FILE_NAMES[rule ? (ruleKinds(rule)[0] as DocumentKind) : 'dockerfile'];
  describe(ruleName, () => {
    it('is registered', () => {
      expect(rule, `rule ${ruleName} is not in rules/index.ts`).toBeDefined();
    });
    if (rule?.meta.fix && rule.meta.fix !== 'display-only') {
      it('has a fixer and at least one case with an output', () => {
        expect(getFixer(ruleName)).toBeDefined();
        expect(cases.invalid.some((c) => c.output !== null)).toBe(true);
      });
    }
    cases.valid.forEach((v, i) => {
      const c: ValidCase = typeof v === 'string' ? { code: v } : v;
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const options = lintOptionsFor(ruleName, c);
        const path = c.fileName ?? file;
        const findings = lint(parseDocument(path, c.code), options).filter((f) => f.rule === ruleName);
        expect(findings.map((f) => f.message)).toEqual([]);
        expect(fixSource(path, c.code, options, true).output).toBe(c.code);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const options = lintOptionsFor(ruleName, c);
        const path = c.fileName ?? file;
        const source = parseDocument(path, c.code);
        const findings = lint(source, options).filter((f) => f.rule === ruleName);
        const actual = findings.map((f, k) => {
          const want = c.errors[k];
          const s = source.lines.position(f.start);
          const e = source.lines.position(f.end);
          return {
            line: s.line + 1,
            ...(want?.column !== undefined ? { column: s.character + 1 } : {}),
            ...(want?.endLine !== undefined ? { endLine: e.line + 1 } : {}),
            ...(want?.endColumn !== undefined ? { endColumn: e.character + 1 } : {}),
            ...(want?.severity !== undefined ? { severity: f.severity } : {}),
            ...(want?.message !== undefined ? { message: f.message.includes(want.message) ? want.message : f.message } : {}),
            ...(want?.fix !== undefined ? { fix: f.fix ? f.fix.applicability : null } : {}),
          };
        });
        expect(actual).toEqual(c.errors);
        const fixed = fixSource(path, c.code, options, c.unsafe ?? true);
        if (c.output === null) expect(fixed.output).toBe(c.code);
        else {
          expect(fixed.output).toBe(c.output);
          expect(fixed.problems).toEqual([]);
          // Fixing twice gives the same text as fixing once.
          expect(fixSource(path, fixed.output, options, c.unsafe ?? true).output).toBe(fixed.output);
        }
      });
    });
  });
}
