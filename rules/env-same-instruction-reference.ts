/**
 * env-same-instruction-reference: an ENV value refers to a variable that the same ENV sets.
 * The builder expands every value with the variables as they were before the instruction.
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { variableReferences } from './lib/variables.js';

interface Pair {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

function pairs(inst: Instruction): Pair[] {
  return inst.properties.map((p) => ({ name: p.name, start: p.start, end: p.end, valueStart: p.valueRange?.start ?? p.end, valueEnd: p.valueRange?.end ?? p.end }));
}

/** Whether a value is just a reference to the variable itself (`A=$A`, `A="${A}"`): it keeps the old value. */
function keepsOldValue(inst: Instruction, pair: Pair): boolean {
  const refs = variableReferences(inst.source, pair.valueStart, pair.valueEnd);
  const ref = refs[0];
  // The reference fills the value, or all of it but a pair of quotes.
  const quoted = inst.source.text[pair.valueStart] === '"';
  return refs.length === 1 && ref !== undefined && ref.name === pair.name && ref.start === pair.valueStart + (quoted ? 1 : 0) && ref.end === pair.valueEnd - (quoted ? 1 : 0);
}

export const rule: Rule = {
  meta: {
    name: 'env-same-instruction-reference',
    aliases: ['DL3044'],
    severity: 'error',
    category: 'correctness',
    summary: 'An ENV value refers to a variable set in the same ENV instruction',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports a reference (`$A`, `${A}`) in an ENV value to a variable that another pair of the same ENV sets (ONBUILD ENV included). A variable defined earlier (by ARG or ENV, in this stage or a stage it builds on) is reported only when this ENV gives it a new value other than itself, since the reference then reads the old one; `ENV VERSION=$VERSION URL=.../$VERSION` after `ARG VERSION` passes. ' +
        'A pair referring to itself (`PATH=/opt/bin:$PATH`) passes. Escaped (`\\$A`) and single-quoted references are not references, which hadolint gets wrong.',
      whyItMatters:
        'The builder expands all values of one ENV with the variables as they were before it, so `ENV A=/opt B=$A/bin` sets B to `/bin`, not `/opt/bin`: a silent path bug.',
      example: 'FROM alpine:3.20\nENV APP_HOME=/opt/app \\\n    APP_BIN=$APP_HOME/bin\n',
      exampleFixed: 'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin\n',
      fix:
        'Splits the ENV before the pair that holds the reference, so the reference sees the new value. Unsafe: the variable\'s value changes (to what was almost certainly meant). No fix when the reference comes before the pair that sets the variable, when comment lines would be lost, or in ONBUILD triggers.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'ENV') continue;
      const list = pairs(inst);
      if (list.length < 2) continue;
      let known: ReadonlyMap<string, string | null> | null = null;
      list.forEach((pair, index) => {
        for (const ref of variableReferences(source, pair.valueStart, pair.valueEnd)) {
          if (ref.name === pair.name) continue;
          const defining = list.findIndex((p, k) => k !== index && p.name === ref.name);
          if (defining === -1) continue;
          known ??= source.variablesAt(inst);
          if (known.has(ref.name) && keepsOldValue(inst, list[defining] as Pair)) continue;
          const previous = list[index - 1];
          const splittable = defining < index && previous !== undefined && !inst.parent && source.commentsWithin(previous.end, pair.start).length === 0;
          report({
            start: ref.start,
            end: ref.end,
            message: `\`$${ref.name}\` reads ${ref.name} as it was before this ENV, not the value set here: set it in a separate ENV`,
            data: splittable && previous ? { splitStart: previous.end, splitEnd: pair.start, keyword: inst.keywordText } : { noFix: true },
          });
        }
      });
    }
  },
};
