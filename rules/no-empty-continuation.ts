/** no-empty-continuation: empty lines inside a continued instruction. */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'no-empty-continuation',
    aliases: ['NoEmptyContinuation'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Empty lines inside a continued instruction are deprecated',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports instructions continued with the escape character across an empty (or blank) line. Comment lines do not count; heredoc bodies are not looked at.',
      whyItMatters:
        'The builder skips the empty line and keeps joining, which is easy to misread: `RUN a \\` followed by an empty line and `RUN b` is one instruction, `RUN a RUN b`. BuildKit has deprecated empty continuation lines and says they will become an error.',
      example: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n',
      exampleFixed: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n',
      fix: 'Deletes the empty lines. Safe: the builder ignores them, so the instruction reads the same. If the instruction was never meant to continue, the deleted line makes that visible rather than changing it.',
    },
  },
  check({ source, report }) {
    const lines = source.lines;
    for (const inst of source.instructions) {
      const first = lines.lineOf(inst.start);
      const last = lines.lineOf(inst.end);
      if (last - first < 2) continue;
      const bodies = inst.heredocs.map((h) => ({ start: h.body.start, end: h.delimiter?.end ?? h.body.end }));
      const empty: { start: number; end: number }[] = [];
      for (let l = first + 1; l < last; l++) {
        const start = lines.lineStart(l);
        if (bodies.some((b) => b.start <= start && start < b.end)) continue;
        if (lines.lineText(l).trim() === '') empty.push({ start, end: lines.lineStart(l + 1) });
      }
      if (empty.length === 0) continue;
      report({
        start: inst.keywordRange.start,
        end: inst.keywordRange.end,
        message: `\`${inst.keywordText}\` continues across ${empty.length === 1 ? 'an empty line' : `${empty.length} empty lines`} (line ${lines.lineOf((empty[0] as { start: number }).start) + 1}): remove ${empty.length === 1 ? 'it' : 'them'}`,
        data: { lines: empty },
      });
    }
  },
};
