/** stage-name-casing: stage names should be lower case. */
import type { Rule } from '../src/engine/types.js';
import { stageNameWords, stageReferences } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    name: 'stage-name-casing',
    aliases: ['StageNameCasing'],
    severity: 'style',
    category: 'style',
    summary: 'Stage names should be lower case',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports `FROM image AS Name` where the stage name has upper-case letters.',
      whyItMatters:
        'The builder lower-cases stage names, so `Build`, `build` and `BUILD` are one stage. Writing the name in lower case everywhere says so, and keeps `FROM Build` from reading like an image reference (which must be lower case).',
      example: 'FROM golang:1.22 AS Builder\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=Builder /app /app\n',
      exampleFixed: 'FROM golang:1.22 AS builder\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=builder /app /app\n',
      fix:
        'Lower-cases the name and every reference to it: `FROM <stage>`, `COPY --from=<stage>` and `RUN --mount=from=<stage>`. Safe: the builder matches stage names without regard to case. Unsafe when a reference holds a variable (`FROM build-${VARIANT}`): it may name this stage and is not rewritten.',
    },
  },
  check({ source, report }) {
    const refs = stageReferences(source);
    for (const word of stageNameWords(source)) {
      const lower = word.value.toLowerCase();
      if (word.value === lower) continue;
      const references = refs.fixed.filter((r) => r.value.toLowerCase() === lower && r.value !== lower).map((r) => ({ start: r.start, end: r.end }));
      report({
        start: word.start,
        end: word.end,
        message: `Stage name \`${word.value}\` should be lower case: \`${lower}\``,
        data: { name: lower, references, dynamic: refs.dynamic.length > 0 },
      });
    }
  },
};
