/** consistent-instruction-casing: every instruction keyword in the file in one casing, the majority's. */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'consistent-instruction-casing',
    aliases: ['ConsistentInstructionCasing'],
    severity: 'style',
    category: 'style',
    summary: 'Instruction keywords should all be upper case or all lower case',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Counts the instruction keywords written all upper case and all lower case; the larger group sets the casing (upper case on a tie). Reports every keyword in the other casing, and every mixed-case keyword (`Run`). ONBUILD triggers and ARGs before the first FROM are counted and checked too.',
      whyItMatters: 'The builder reads keywords without regard to case, so mixed casing carries no meaning and only makes the file harder to scan. BuildKit reports it as a warning.',
      example: 'FROM alpine:3.20\nrun apk add --no-cache curl\nCopy . /app\n',
      exampleFixed: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY . /app\n',
      fix: 'Rewrites the keyword in the majority casing. Safe: keywords are case-insensitive.',
    },
  },
  check({ source, report }) {
    const keywords: Instruction[] = [...source.allInstructions()];
    let lower = 0;
    let upper = 0;
    for (const inst of keywords) {
      const k = inst.keywordText;
      if (k === k.toLowerCase()) lower++;
      else if (k === k.toUpperCase()) upper++;
    }
    const toLower = lower > upper;
    for (const inst of keywords) {
      const k = inst.keywordText;
      const wanted = toLower ? k.toLowerCase() : k.toUpperCase();
      if (k === wanted) continue;
      report({
        start: inst.keywordRange.start,
        end: inst.keywordRange.end,
        message: `\`${k}\` should be ${toLower ? 'lower' : 'upper'} case like most instructions in this file: write \`${wanted}\``,
        data: { keyword: wanted },
      });
    }
  },
};
