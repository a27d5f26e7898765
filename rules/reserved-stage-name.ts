/** reserved-stage-name: `scratch` and `context` are not stage names. */
import type { Rule } from '../src/engine/types.js';
import { stageNameWords } from './lib/stages.js';

const RESERVED: ReadonlySet<string> = new Set(['scratch', 'context']);

export const rule: Rule = {
  meta: {
    name: 'reserved-stage-name',
    aliases: ['ReservedStageName', 'DL3063'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Reserved words (`scratch`, `context`) should not be stage names',
    fix: 'display-only',
    docs: {
      whatItDoes: 'Reports a stage named `scratch` or `context` (in any casing; the builder lower-cases stage names).',
      whyItMatters:
        '`scratch` is the empty base image and `context` the name of the build context in `--build-context` and `COPY --from`. A stage with one of these names shadows them, so `FROM scratch` or `COPY --from=context` after it no longer means what it says.',
      example: 'FROM alpine:3.20 AS scratch\nRUN echo hi > /hi\nFROM scratch\nCOPY --from=scratch /hi /hi\n',
      exampleFixed: 'FROM alpine:3.20 AS prepare\nRUN echo hi > /hi\nFROM scratch\nCOPY --from=prepare /hi /hi\n',
      fix: 'Display-only: suggests `<name>-stage`. Which references meant the stage and which meant the reserved name is for the author to decide.',
    },
  },
  check({ source, report }) {
    for (const word of stageNameWords(source)) {
      const name = word.value.toLowerCase();
      if (!RESERVED.has(name)) continue;
      report({ start: word.start, end: word.end, message: `\`${word.value}\` is a reserved name and should not name a stage: choose another`, data: { name: `${name}-stage` } });
    }
  },
};
