/**
 * syntax-error: the Dockerfile cannot be built as written. Fixes are never applied to such
 * a file: the engine cannot promise to keep what it does not understand.
 */
import { KNOWN_INSTRUCTIONS } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'syntax-error',
    aliases: ['DL3061'],
    severity: 'error',
    category: 'correctness',
    summary: 'The Dockerfile has an instruction or structure that a build would reject',
    fix: null,
    blocksFixes: true,
    docs: {
      whatItDoes: 'Reports unknown instructions, instructions before the first `FROM` other than `ARG`, a file with no `FROM`, and heredocs that are never closed.',
      whyItMatters: 'The build fails on these lines, and no other finding can be trusted until they are fixed. shipshape does not apply fixes to a file with syntax errors.',
      example: 'FORM alpine:3.20\nRUN echo hi\n',
      exampleFixed: 'FROM alpine:3.20\nRUN echo hi\n',
      fix: 'None: the intended text is not knowable.',
    },
  },
  check({ source, report }) {
    const hasFrom = source.instructions.some((i) => i.keyword === 'FROM');
    let seenFrom = false;
    for (const inst of source.instructions) {
      if (!KNOWN_INSTRUCTIONS.has(inst.keyword)) {
        report({ start: inst.keywordRange.start, end: inst.keywordRange.end, message: `Unknown instruction \`${inst.keywordText}\`` });
        continue;
      }
      if (inst.keyword === 'FROM') seenFrom = true;
      else if (hasFrom && !seenFrom && inst.keyword !== 'ARG') {
        report({ start: inst.keywordRange.start, end: inst.keywordRange.end, message: `\`${inst.keywordText}\` before the first FROM (only ARG may come first)` });
      }
      if (inst.trigger && !KNOWN_INSTRUCTIONS.has(inst.trigger.keyword)) {
        report({ start: inst.trigger.keywordRange.start, end: inst.trigger.keywordRange.end, message: `Unknown ONBUILD trigger \`${inst.trigger.keywordText}\`` });
      }
      for (const h of inst.heredocs) {
        if (!h.delimiter) report({ start: h.start, end: h.end, message: `Heredoc \`${h.name}\` is never closed` });
      }
    }
    if (!hasFrom) {
      report({ start: 0, end: source.lines.lineContentEnd(0), message: 'No FROM instruction: this is not a buildable Dockerfile' });
    }
  },
};
