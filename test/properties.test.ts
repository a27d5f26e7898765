/**
 * Whole-suite fix properties over every fixture and example and their lexical variants
 * (CRLF, BOM, lower-case keywords, backtick escape, comments inside continuations, ONBUILD):
 * all fixes (unsafe included) converge, fixing twice equals fixing once, the result has no
 * syntax errors, keeps every comment and heredoc, the BOM, the escape directive, the
 * line-ending style and the number of stages, and no rule that fixed still has an
 * applicable fix left.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/engine/config.js';
import { canApply, fixSource } from '../src/engine/fix.js';
import { lint, type LintOptions } from '../src/engine/linter.js';
import { SourceFile } from '../src/engine/source.js';
import { corpus, variants } from './lib/corpus.js';

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

describe('fix properties', () => {
  it('has a corpus', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  for (const file of files) {
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
