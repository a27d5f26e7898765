/** onbuild-invalid-trigger: ONBUILD cannot hold FROM, MAINTAINER or another ONBUILD. */
import type { Rule } from '../src/engine/types.js';

const INVALID: ReadonlySet<string> = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export const rule: Rule = {
  meta: {
    name: 'onbuild-invalid-trigger',
    aliases: ['DL3043'],
    severity: 'error',
    category: 'correctness',
    summary: 'ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER',
    fix: null,
    docs: {
      whatItDoes: 'Reports `ONBUILD ONBUILD ...`, `ONBUILD FROM ...` and `ONBUILD MAINTAINER ...`.',
      whyItMatters: 'The builder rejects these triggers: the image cannot be built. A trigger runs inside a child build\'s stage, where starting a stage or chaining triggers has no meaning.',
      example: 'FROM node:20\nONBUILD FROM node:20-slim\nONBUILD COPY . /app\n',
      exampleFixed: 'FROM node:20\nONBUILD COPY . /app\n',
      fix: 'None: what the trigger was meant to do is not knowable.',
    },
  },
  check({ source, report }) {
    for (const inst of source.instructions) {
      const trigger = inst.trigger;
      if (!trigger || !INVALID.has(trigger.keyword)) continue;
      report({ start: trigger.keywordRange.start, end: trigger.keywordRange.end, message: `\`${trigger.keywordText}\` is not allowed as an ONBUILD trigger` });
    }
  },
};
