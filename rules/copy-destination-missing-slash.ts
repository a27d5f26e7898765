/** copy-destination-missing-slash: COPY or ADD with several sources needs a destination ending in `/`. */
import type { Instruction, Word } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

/** Source and destination words, heredoc bodies left out (their `<<EOF` markers are sources). */
function pathWords(inst: Instruction): readonly Word[] {
  if (inst.execForm) return inst.execForm;
  const bodies = inst.heredocs.map((h) => ({ start: h.body.start, end: h.delimiter?.end ?? h.body.end }));
  if (bodies.length === 0) return inst.args;
  return inst.args.filter((w) => !bodies.some((b) => w.start >= b.start && w.end <= b.end));
}

export const rule: Rule = {
  meta: {
    name: 'copy-destination-missing-slash',
    aliases: ['DL3021', 'DS011'],
    severity: 'error',
    category: 'correctness',
    summary: 'COPY with more than one source needs a destination ending in /',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `COPY` and `ADD` instructions (ONBUILD ones included) with two or more sources whose destination does not end in `/`. Flags such as `--link` or `--chown` are not counted as sources (old hadolint versions did), heredocs count as sources, and a destination from a variable without a value is skipped.',
      whyItMatters: 'The builder refuses several sources into a destination that is not marked as a directory, so the build fails at this line.',
      example: 'FROM python:3.12-slim\nCOPY requirements.txt setup.py /app\n',
      exampleFixed: 'FROM python:3.12-slim\nCOPY requirements.txt setup.py /app/\n',
      fix: 'Appends `/` to the destination (inside its quotes, if it is quoted). Safe: the build failed before; now the files land in the directory the destination names, which is the only reading several sources allow.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      const words = pathWords(inst);
      if (words.length < 3) continue;
      const dest = words[words.length - 1] as Word;
      const written = inst.execForm ? dest.value : dest.value.replace(/^["']|["']$/g, '');
      const resolved = written.includes('$') ? source.resolve(written, inst) : { value: written, complete: true };
      if (!resolved.complete || resolved.value.endsWith('/') || (resolved.value.endsWith('\\') && source.escape === '`')) continue;
      // Exec-form ranges include the quotes; a shell-form word may be quoted too.
      const quoted = inst.execForm !== null || (dest.value.length >= 2 && /["']$/.test(dest.value));
      report({
        start: dest.start,
        end: dest.end,
        message: `\`${inst.keywordText}\` has ${words.length - 1} sources, so its destination \`${written}\` must end with \`/\``,
        data: { at: quoted ? dest.end - 1 : dest.end },
      });
    }
  },
};
