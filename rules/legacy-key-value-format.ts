/** legacy-key-value-format: `ENV key value` / `LABEL key value` instead of `key=value`. */
import type * as ast from 'dockerfile-ast';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'legacy-key-value-format',
    aliases: ['LegacyKeyValueFormat'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Use `ENV key=value` and `LABEL key=value`, not the legacy `key value` form',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `ENV` and `LABEL` instructions (ONBUILD triggers included) written in the legacy whitespace-separated form, where the first word is the key and the rest of the line is the value. `ARG a b` is not reported: it declares two ARGs, and BuildKit reads it that way.',
      whyItMatters:
        'The legacy form is deprecated. It can set only one key, and the value runs to the end of the line, so `ENV A 1 B 2` sets `A` to `1 B 2`, which is rarely what the author meant. BuildKit warns about it.',
      example: 'FROM alpine:3.20\nENV APP_HOME /srv/app\nLABEL description Example service\n',
      exampleFixed: 'FROM alpine:3.20\nENV APP_HOME=/srv/app\nLABEL description="Example service"\n',
      fix:
        'Replaces the blanks between key and value with `=`; a value of several words without quotes or escapes is wrapped in double quotes, which keep both the blanks and `$` expansion as they were. Safe: the value the builder reads is the same. No fix when a value of several words already holds quotes or escape characters.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'ENV' && inst.keyword !== 'LABEL') continue;
      for (const p of (inst.node as ast.PropertyInstruction).getProperties()) {
        const valueRange = p.getValueRange();
        if (p.getAssignmentOperator() !== null || !valueRange) continue;
        const nameEnd = source.offsetOf(p.getNameRange().end);
        const valueStart = source.offsetOf(valueRange.start);
        const valueEnd = source.offsetOf(valueRange.end);
        report({
          start: source.offsetOf(p.getNameRange().start),
          end: valueEnd,
          message: `Legacy \`${inst.keywordText} key value\` form: write \`${inst.keywordText} ${p.getName()}=...\``,
          data: { nameEnd, valueStart, valueEnd },
        });
      }
    }
  },
};
