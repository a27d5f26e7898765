/**
 * add-url-without-checksum: `ADD https://...` without `--checksum`, or `ADD` of a git
 * repository at a branch or tag instead of a commit: what lands in the image can change.
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

interface Source {
  readonly start: number;
  readonly end: number;
  /** The source after ARG/ENV substitution, quotes removed. */
  readonly value: string;
}

/** The sources of an ADD: every argument but the destination, heredocs excluded. */
function sourcesOf(inst: Instruction): Source[] {
  const words = inst.execForm ?? inst.args.filter((w) => !w.value.startsWith('<<'));
  const bodies = inst.heredocs.map((h) => h.body.start);
  const firstBody = bodies.length ? Math.min(...bodies) : Number.POSITIVE_INFINITY;
  const before = words.filter((w) => w.start < firstBody);
  return before.slice(0, -1).flatMap((w) => {
    const { value, complete } = inst.source.resolve(w.value, inst);
    return complete ? [{ start: w.start, end: w.end, value: value.replace(/^["']+|["']+$/g, '') }] : [];
  });
}

/** A git source (`https://host/repo.git#ref`, `git@host:repo`, `git://...`) and its ref, or null. */
function gitSource(url: string): { ref: string | null } | null {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  if (!/^git@|^git:\/\/|\.git$/.test(base)) return null;
  // `#ref:subdir`: the ref is before the colon.
  const ref = hash === -1 ? null : (url.slice(hash + 1).split(':')[0] ?? '');
  return { ref: ref || null };
}

const COMMIT = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;

export const rule: Rule = {
  meta: {
    name: 'add-url-without-checksum',
    aliases: [],
    severity: 'warning',
    category: 'security',
    summary: 'Pin remote ADD sources with `--checksum` or a commit',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports `ADD` sources (ONBUILD triggers included, after ARG/ENV substitution) that are HTTP(S) URLs when the ADD has no `--checksum` flag, and git repositories (`.git` URLs, `git@host:repo`, `git://`) whose `#ref` is missing or is not a full commit hash. Whether ADD should be COPY is another rule\'s concern (add-instead-of-copy).',
      whyItMatters:
        'A URL is a promise about a name, not about content: the file behind it can be replaced, by its owner or by whoever takes over the domain or the release, and the next build silently ships it. `--checksum=sha256:...` makes BuildKit fail the build when the bytes differ. A branch or tag of a git repository moves the same way; a commit hash does not.',
      example: 'FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini\n',
      exampleFixed: 'FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /sbin/tini\n',
      fix:
        'Display-only: for a single URL source, shows `--checksum=sha256:<digest>` after `ADD`; put the real digest in (`curl -fsSL <url> | sha256sum`). `--checksum` needs Dockerfile syntax 1.6 or newer and works with one HTTP source only. For git sources, pin `#<commit>` in the URL.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'ADD' || inst.flag('checksum')) continue;
      const sources = sourcesOf(inst);
      for (const s of sources) {
        const git = gitSource(s.value);
        if (git) {
          if (git.ref !== null && COMMIT.test(git.ref)) continue;
          report({ start: s.start, end: s.end, message: 'This git source is not pinned to a commit: add `#<commit-sha>` so the build always gets the same code', data: { noFix: true } });
        } else if (/^https?:\/\//i.test(s.value)) {
          report({
            start: s.start,
            end: s.end,
            message: 'This URL is downloaded without a checksum: add `--checksum=sha256:<digest>` so the build fails if the file changes',
            data: sources.length === 1 ? { insertAt: inst.keywordRange.end } : { noFix: true },
          });
        }
      }
    }
  },
};
