/** copy-ignored-file: COPY or ADD of a path that `.dockerignore` keeps out of the build context. */
import type { Instruction, Word } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { cleanContextPath, DockerIgnore } from './lib/dockerignore.js';

/** The source words of a COPY/ADD from the build context (destination, heredocs and `--from` copies excluded). */
function contextSources(inst: Instruction): readonly Word[] {
  if (inst.flag('from')) return [];
  const words = inst.execForm ?? inst.args.filter((w) => !w.value.startsWith('<<') && !inst.heredocs.some((h) => h.body.start <= w.start && w.start < (h.delimiter?.end ?? h.body.end)));
  return words.slice(0, -1);
}

function isRemote(path: string): boolean {
  return path.includes('://') || path.startsWith('git@');
}

export const rule: Rule = {
  meta: {
    name: 'copy-ignored-file',
    aliases: ['CopyIgnoredFile'],
    severity: 'warning',
    category: 'correctness',
    summary: 'COPY and ADD should not name files that .dockerignore excludes',
    fix: null,
    status: 'preview',
    docs: {
      whatItDoes:
        'Reads the `.dockerignore` beside the Dockerfile and reports COPY and ADD sources from the build context that it excludes, themselves or through a parent folder. Matching follows Docker\'s rules, not `.gitignore`\'s: patterns are anchored at the context root, `*` stays within a folder, `**` spans folders, and the last matching line wins (`!` re-includes). Variables are filled in from ARG and ENV values; sources that stay unknown, URLs and `--from` copies are skipped. Preview, as in BuildKit, where the check is experimental.',
      whyItMatters:
        'An excluded file is not sent to the builder: the COPY fails with "not found", or, with a wildcard, silently copies less than intended. Usually one of the two files is out of date.',
      example: 'FROM node:20-slim\nCOPY .env /app/.env\n',
      exampleContext: { '.dockerignore': '.env\n' },
      exampleFixed: 'FROM node:20-slim\nCOPY .env.example /app/.env\n',
      fix: 'None: either the `.dockerignore` line or the COPY is wrong, and only the author knows which.',
    },
  },
  check({ source, settings, report }) {
    const text = settings.readContextFile('.dockerignore');
    if (text === null) return;
    const ignore = new DockerIgnore(text);
    for (const stage of source.stages) {
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
        for (const word of contextSources(inst)) {
          const resolved = source.resolve(word.value, inst);
          if (!resolved.complete || isRemote(resolved.value)) continue;
          const path = cleanContextPath(resolved.value);
          if (path === '.' || !ignore.excludes(path)) continue;
          report({ start: word.start, end: word.end, message: `\`${resolved.value}\` is excluded by .dockerignore, so ${inst.keywordText} cannot find it: fix the .dockerignore or the path` });
        }
      }
    }
  },
};
