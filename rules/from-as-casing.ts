/** from-as-casing: the `AS` of `FROM image AS name` should be written in the casing of `FROM`. */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'from-as-casing',
    aliases: ['FromAsCasing'],
    severity: 'style',
    category: 'style',
    summary: 'The `AS` keyword should match the casing of `FROM`',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `FROM image AS name` where `FROM` is all upper case and `as` is not, or `from` is all lower case and `AS` is not. A mixed-case `From` is left to consistent-instruction-casing.',
      whyItMatters: 'Both spellings build the same image; a file that mixes them is harder to scan and to search. BuildKit reports this as a warning.',
      example: 'FROM golang:1.22 as build\nRUN go build -o /app .\n',
      exampleFixed: 'FROM golang:1.22 AS build\nRUN go build -o /app .\n',
      fix: 'Rewrites the keyword in the casing of `FROM`. Safe: the keyword is read without regard to case.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      const from = stage.from;
      const as = from.args[1];
      if (!as || from.args.length !== 3 || as.value.toLowerCase() !== 'as') continue;
      const written = from.keywordText;
      const upper = written === written.toUpperCase();
      const lower = written === written.toLowerCase();
      if (!upper && !lower) continue;
      const wanted = upper ? 'AS' : 'as';
      if (as.value === wanted) continue;
      report({ start: as.start, end: as.end, message: `\`${as.value}\` does not match the casing of \`${written}\`: write \`${wanted}\``, data: { keyword: wanted } });
    }
  },
};
