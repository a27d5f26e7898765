/**
 * copy-archive-then-extract: a local tar archive is copied into the image and a later RUN of
 * the stage unpacks it; `ADD` unpacks local tar archives by itself, without the archive
 * staying in a layer.
 */
import type { Instruction, Word } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { parseArgs } from './lib/packages.js';
import { basename, commandsOf } from './lib/shell.js';

/** The compressions ADD unpacks: none, gzip, bzip2, xz. Zip files and lone `.gz` files are copied as they are. */
const TAR_SUFFIXES = ['.tar', '.tar.gz', '.tgz', '.tar.bz2', '.tbz2', '.tbz', '.tar.xz', '.txz'];

/** tar options ADD cannot express: it always unpacks every member, paths as stored. */
const UNSUPPORTED = new Set(['--strip-components', '--strip', '--exclude', '--wildcards', '--transform', '--xform', '-X', '--exclude-from', '-T', '--files-from']);

function isTarArchive(path: string): boolean {
  const lower = path.toLowerCase();
  return TAR_SUFFIXES.some((s) => lower.endsWith(s));
}

/** Sources and destination of a COPY, as written (heredoc COPYs have no files). */
function copyPaths(inst: Instruction): { sources: string[]; dest: string } | null {
  if (inst.heredocs.length) return null;
  const words = inst.execForm ?? inst.args;
  if (words.length < 2) return null;
  const values = words.map((w: Word) => w.value.replace(/^["']|["']$/g, ''));
  return { sources: values.slice(0, -1), dest: values[values.length - 1] as string };
}

/** Whether a RUN extracts `archive` (a basename) with `tar` the way ADD would. */
function extractsLikeAdd(run: Instruction, archive: string): boolean {
  for (const { name, args } of commandsOf(run)) {
    if (name !== 'tar') continue;
    const words = args.map((w) => w.value ?? '');
    const first = words[0] ?? '';
    // Old-style bundles without a dash: `tar xzf file`.
    const bundle = first !== '' && !first.startsWith('-') ? `-${first}` : null;
    const parsed = parseArgs(args, { short: 'fCXT', long: new Set(['--file', '--directory', '--exclude-from', '--files-from']) });
    const extracting =
      parsed.options.some((o) => o.name === '-x' || o.name === '--extract' || o.name === '--get') || (bundle !== null && bundle.includes('x'));
    if (!extracting || parsed.options.some((o) => UNSUPPORTED.has(o.name))) continue;
    const named = words.some((w) => basename(w) === archive || basename(w.replace(/^-[A-Za-z]*f/, '')) === archive);
    // Members named after the archive: only some of it is unpacked.
    const members = parsed.operands.filter((w) => basename(w.value ?? '') !== archive && w.value !== first);
    if (named && members.length === 0) return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    name: 'copy-archive-then-extract',
    aliases: ['DL3010'],
    severity: 'info',
    category: 'performance',
    summary: 'A copied tar archive is unpacked by a later RUN: ADD can unpack it',
    fix: null,
    docs: {
      whatItDoes:
        'Reports a `COPY` (without `--from`) of a local tar archive (`.tar`, `.tar.gz`/`.tgz`, `.tar.bz2`/`.tbz2`, `.tar.xz`/`.txz`) when a later RUN of the same stage unpacks that file with `tar -x` and no options ADD lacks (`--strip-components`, `--exclude`, member lists). ' +
        'hadolint also reports zip files and `gunzip`/`unzip`; ADD does not unpack those, so this rule does not.',
      whyItMatters:
        'The copied archive stays in the COPY layer even when the RUN deletes it, so the image carries both the archive and its contents. `ADD archive.tar.gz /dest/` unpacks local tar archives in one step and one layer.',
      example: 'FROM debian:12-slim\nCOPY vendor/tool-1.4.tar.gz /tmp/\nRUN tar -xzf /tmp/tool-1.4.tar.gz -C /opt && rm /tmp/tool-1.4.tar.gz\n',
      exampleFixed: 'FROM debian:12-slim\nADD vendor/tool-1.4.tar.gz /opt/\n',
      fix: 'None: the target directory, ownership and the clean-up in the RUN decide the rewrite; ADD also keeps the archive\'s owners and modes as stored.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      const copies: { inst: Instruction; archive: string }[] = [];
      const reported = new Set<Instruction>();
      for (const inst of stage.instructions) {
        if (inst.keyword === 'COPY' && !inst.flag('from')) {
          const paths = copyPaths(inst);
          if (!paths) continue;
          // Copied to a file name: that name is what the RUN will unpack.
          const names = isTarArchive(paths.dest) ? [basename(paths.dest)] : paths.sources.filter(isTarArchive).map(basename);
          for (const archive of names) copies.push({ inst, archive });
          continue;
        }
        if (inst.keyword !== 'RUN') continue;
        for (const copy of copies) {
          if (reported.has(copy.inst) || !extractsLikeAdd(inst, copy.archive)) continue;
          reported.add(copy.inst);
          report({
            start: copy.inst.keywordRange.start,
            end: copy.inst.argsRange?.end ?? copy.inst.keywordRange.end,
            message: `\`${copy.archive}\` is copied, then unpacked on line ${inst.line + 1}: \`ADD\` unpacks local tar archives in one layer`,
          });
        }
      }
    }
  },
};
