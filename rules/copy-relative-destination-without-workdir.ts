/**
 * copy-relative-destination-without-workdir: COPY or ADD to a relative destination while no
 * WORKDIR of this file is in effect, so the files land wherever the base image works.
 */
import type { Instruction, Word } from '../src/engine/source.js';
import type { Report, Rule } from '../src/engine/types.js';

/** Absolute (`/x`, `C:\x`, `C:/x`, `\x`) or starting with a variable, as hadolint accepts. */
function isAbsoluteOrVariable(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path);
}

/** `foo`, `./foo/`, `.` as an absolute path under `/`. */
function underRoot(path: string): string {
  const rest = path.replace(/^(\.\/)+/, '');
  return rest === '.' || rest === '' ? '/' : `/${rest}`;
}

export const rule: Rule = {
  meta: {
    name: 'copy-relative-destination-without-workdir',
    aliases: ['DL3045'],
    severity: 'warning',
    category: 'correctness',
    summary: 'COPY to a relative destination without a WORKDIR set',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports `COPY` and `ADD` instructions (ONBUILD ones included) with a relative destination (`.`, `app/`, `./config.yml`) when no `WORKDIR` comes before them in the stage or in a stage it is built from. Absolute destinations, Windows paths and destinations starting with a variable pass. hadolint checks COPY only.',
      whyItMatters:
        'Without a WORKDIR of your own, a relative destination is resolved against the base image\'s working directory, which the Dockerfile does not show and which changes when the base image does: files end up in `/` or in some directory the base image chose.',
      example: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      exampleFixed: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      fix: 'Shows the destination as an absolute path under `/`, where it lands if the base image works in `/` (most do). Display-only: the base image\'s working directory is not in the file, and a `WORKDIR` line is usually the better change.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      const inherited = stage.chain.slice(1).some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR'));
      const anyInStage = stage.instructions.some((i) => i.keyword === 'WORKDIR');
      let workdir = inherited;
      let triggerWorkdir = false;
      for (const inst of stage.instructions) {
        if (inst.keyword === 'WORKDIR') workdir = true;
        else if (!workdir) checkCopy(inst, report);
        const trigger = inst.trigger;
        // A trigger runs in the child build, after all of this stage and the triggers before it.
        if (trigger?.keyword === 'WORKDIR') triggerWorkdir = true;
        else if (trigger && !inherited && !anyInStage && !triggerWorkdir) checkCopy(trigger, report);
      }
    }
  },
};

function checkCopy(inst: Instruction, report: (r: Report) => void): void {
  if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') return;
  const words: readonly Word[] = inst.execForm ?? inst.args;
  const dest = words[words.length - 1];
  if (!dest || words.length < 2 || inst.heredocs.some((h) => h.body.start < dest.start)) return;
  const path = inst.execForm ? dest.value : dest.value.replace(/^["']|["']$/g, '');
  if (path === '' || isAbsoluteOrVariable(path)) return;
  const quoted = inst.execForm !== null || /^["']/.test(dest.value);
  report({
    start: dest.start,
    end: dest.end,
    message: `\`${inst.keywordText}\` to the relative path \`${path}\` with no WORKDIR set: set a WORKDIR or use an absolute destination`,
    data: quoted || /[\s\\]/.test(path) ? { noFix: true } : { path: underRoot(path) },
  });
}
