/** multiple-cmd-entrypoint-healthcheck: only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage count. */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

const SINGLE: ReadonlySet<string> = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

export const rule: Rule = {
  meta: {
    name: 'multiple-cmd-entrypoint-healthcheck',
    aliases: ['MultipleInstructionsDisallowed', 'DL4003', 'DL4004', 'DL3012', 'DS016', 'DS007', 'DS023'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Within each stage, reports every `CMD`, `ENTRYPOINT` and `HEALTHCHECK` that a later one of the same kind overrides. The `CMD` inside `HEALTHCHECK ... CMD` is part of the health check and does not count as a `CMD`. ONBUILD triggers run in another build and are not counted.',
      whyItMatters:
        'An image has one command, one entrypoint and one health check: the last instruction wins and the earlier ones are dead code. Often they show a mistake, such as two `CMD`s meant to start two processes, of which only the last runs.',
      example: 'FROM node:20-slim\nCMD ["node", "worker.js"]\nCOPY . /app\nCMD ["node", "server.js"]\n',
      exampleFixed: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "server.js"]\n',
      fix:
        'Deletes the overridden instruction. The image stays the same, but the fix is unsafe: the deleted instruction may be the one the author meant, and deleting it settles the question for the last one. No fix when the instruction shares a line with other text.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      const last = new Map<string, Instruction>();
      for (const inst of stage.instructions) if (SINGLE.has(inst.keyword)) last.set(inst.keyword, inst);
      for (const inst of stage.instructions) {
        if (!SINGLE.has(inst.keyword) || last.get(inst.keyword) === inst) continue;
        const later = last.get(inst.keyword) as Instruction;
        report({
          start: inst.start,
          end: inst.end,
          message: `\`${inst.keywordText}\` is overridden by the one on line ${later.line + 1}: only the last ${inst.keyword} of a stage takes effect`,
        });
      }
    }
  },
};
