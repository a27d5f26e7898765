/**
 * add-instead-of-copy: `ADD` used for plain local files and folders, where `COPY` does the
 * same without ADD's extra behaviour (fetching URLs, unpacking local tar archives).
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

/** ADD flags that COPY understands the same way. */
const COPY_FLAGS: ReadonlySet<string> = new Set(['chown', 'chmod', 'link', 'exclude', 'parents']);

/**
 * Last extensions of files ADD may unpack: tar and the compressions BuildKit reads (gzip,
 * bzip2, xz, zstd) and their short forms, plus lzip/lzma/compress, which hadolint counts too.
 */
const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set([
  'tar', 'gz', 'tgz', 'bz2', 'tbz', 'tbz2', 'tb2', 'xz', 'txz', 'zst', 'tzst', 'lz', 'tlz', 'lzma', 'z', 'tz', 'tpz',
]);

type SourceKind = 'local' | 'local-glob' | 'remote' | 'archive' | 'unknown';

function stripQuotes(value: string): string {
  return value.replace(/^["']+|["']+$/g, '');
}

function extensionOf(path: string): string | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
}

/** What one ADD source is, after ARG/ENV substitution. */
function classify(inst: Instruction, written: string): SourceKind {
  if (written.startsWith('<<')) return 'local';
  const { value, complete } = inst.source.resolve(written, inst);
  if (!complete) return 'unknown';
  const path = stripQuotes(value);
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(path) || path.startsWith('git@')) return 'remote';
  const ext = extensionOf(path);
  if (ext !== null && ARCHIVE_EXTENSIONS.has(ext)) return 'archive';
  // A glob without a fixed extension may match an archive, which ADD would unpack.
  if (/[*?[]/.test(path) && (ext === null || /[*?[\]]/.test(ext))) return 'local-glob';
  return 'local';
}

/** The source words of an ADD (its destination and heredoc bodies excluded). */
function sourcesOf(inst: Instruction): string[] | null {
  const exec = inst.execForm;
  if (exec) return exec.length >= 2 ? exec.slice(0, -1).map((w) => w.value) : null;
  const bodies = inst.heredocs.map((h) => h.body.start);
  const firstBody = bodies.length ? Math.min(...bodies) : Number.POSITIVE_INFINITY;
  const words = inst.args.filter((w) => w.start < firstBody);
  return words.length >= 2 ? words.slice(0, -1).map((w) => w.value) : null;
}

export const rule: Rule = {
  meta: {
    name: 'add-instead-of-copy',
    aliases: ['DL3020', 'DS005', 'CKV_DOCKER_4'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Use COPY, not ADD, for local files and folders',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `ADD` instructions (ONBUILD triggers included) whose sources are all local files or folders. `ADD` of URLs, git repositories and local tar archives (`.tar`, `.tar.gz`, `.tgz`, `.tar.bz2`, `.tar.xz`, `.tar.zst`, ...) is left alone: there `ADD` does something `COPY` cannot. An `ADD` that mixes local files with archives or URLs is reported without a fix. Sources that use an ARG without a value are skipped.',
      whyItMatters:
        '`ADD` downloads remote sources and unpacks local archives on its own. Using it for plain files hides that behaviour from readers and turns a later rename to `app.tar.gz` into a silent unpack. `COPY` does only what it says.',
      example: 'FROM node:20-alpine\nWORKDIR /app\nADD package.json package-lock.json ./\nADD --chown=node:node src/ ./src/\n',
      exampleFixed: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY --chown=node:node src/ ./src/\n',
      fix:
        'Replaces the `ADD` keyword with `COPY` in the same casing and keeps everything else, flags included (`--chown`, `--chmod`, `--link`, `--exclude`, `--parents` mean the same for both). Safe: for files and folders both instructions put the same bytes in the image. It is unsafe when a source is a glob without a fixed extension (it could match an archive that ADD would unpack). There is no fix when ADD uses a flag COPY lacks (`--checksum`, `--keep-git-dir`, `--unpack`) or mixes sources. ADD recognises archives by content, not name: a tar file named without an archive extension would stop being unpacked.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'ADD') continue;
      const sources = sourcesOf(inst);
      if (!sources) continue;
      const kinds = sources.map((s) => classify(inst, s));
      if (kinds.includes('unknown') || !kinds.some((k) => k === 'local' || k === 'local-glob')) continue;
      const range = inst.keywordRange;
      const extra = kinds.some((k) => k === 'remote' || k === 'archive');
      const addOnly = inst.flags.find((f) => !COPY_FLAGS.has(f.name.toLowerCase()));
      if (extra) {
        report({ ...range, message: '`ADD` mixes local files with archives or URLs: copy the local files with a separate `COPY`', data: { noFix: true } });
      } else if (addOnly) {
        report({ ...range, message: `Use \`COPY\` instead of \`ADD\` for local files (drop \`--${addOnly.name}\`, which COPY does not have)`, data: { noFix: true } });
      } else {
        report({ ...range, message: 'Use `COPY` instead of `ADD` for local files and folders', data: { keyword: inst.keywordText, mayUnpack: kinds.includes('local-glob') } });
      }
    }
  },
};
