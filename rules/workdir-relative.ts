/**
 * workdir-relative: a WORKDIR with a relative path depends on the WORKDIR before it, which
 * may come from a base image the Dockerfile does not control.
 */
import { posix } from 'node:path';
import type { Instruction, Stage } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

/** The path as written (continuations joined), or null when it cannot be rewritten as one plain word. */
function plainPath(inst: Instruction): string | null {
  const path = inst.logicalArgs.trim();
  return path === '' || /[\s"'\\`]/.test(path) ? null : path;
}

/** Absolute (`/app`, `C:\app`, `\app`), or starting with a variable, which hadolint also accepts. */
function isAbsoluteOrVariable(path: string): boolean {
  const p = path.replace(/^["']/, '');
  return p.startsWith('/') || p.startsWith('$') || p.startsWith('\\') || /^[A-Za-z]:/.test(p);
}

interface Resolved {
  readonly path: string;
  /**
   * `file`: every part comes from this file, without variables, so the path is exactly what
   * the builder computes; `root`: it rests on the base image working in `/`; `variable`: a
   * variable is involved.
   */
  readonly basis: 'file' | 'root' | 'variable';
}

/**
 * The absolute path a relative WORKDIR stands for, joined onto the earlier WORKDIRs of the
 * stage chain (or `/`, the usual default of a base image). Null when an earlier WORKDIR cannot
 * be written as one plain word or is a Windows path.
 */
function resolve(inst: Instruction, stage: Stage): Resolved | null {
  const parts: string[] = [];
  let base: string | null = null;
  let limit = inst.start;
  const seen = new Set<Stage>();
  outer: for (let s: Stage | null = stage; s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    const earlier = s.instructions.filter((i) => i.keyword === 'WORKDIR' && i.start < limit);
    for (let k = earlier.length - 1; k >= 0; k--) {
      const path = plainPath(earlier[k] as Instruction);
      if (path === null || /^[A-Za-z]:/.test(path)) return null;
      parts.unshift(path);
      if (isAbsoluteOrVariable(path)) {
        base = path;
        break outer;
      }
    }
    limit = Number.POSITIVE_INFINITY;
  }
  const own = plainPath(inst);
  if (own === null) return null;
  const joined = [...(base === null ? ['/'] : []), ...parts, own].join('/');
  // With a variable, `..` could cross it: join without normalising.
  if (joined.includes('$')) return { path: joined.replace(/\/{2,}/g, '/'), basis: 'variable' };
  const normal = posix.normalize(joined);
  return { path: normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal, basis: base === null ? 'root' : 'file' };
}

export const rule: Rule = {
  meta: {
    name: 'workdir-relative',
    aliases: ['DL3000', 'WorkdirRelativePath', 'DS009', 'CKV_DOCKER_10'],
    severity: 'warning',
    category: 'correctness',
    summary: 'WORKDIR should be an absolute path',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `WORKDIR` instructions (ONBUILD triggers included) whose path is relative. Paths starting with `/`, a Windows drive (`C:\\`) or `\\`, or a variable (`$HOME`, as hadolint accepts) are not reported.',
      whyItMatters:
        'A relative `WORKDIR` is joined onto the working directory before it. When that comes from the base image, an upstream change silently moves every later `COPY`, `RUN` and the container\'s start directory. An absolute path says where things go.',
      example: 'FROM python:3.12-slim\nWORKDIR app\nCOPY . .\nWORKDIR /srv\nWORKDIR data\n',
      exampleFixed: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nWORKDIR /srv\nWORKDIR /srv/data\n',
      fix:
        'Writes the absolute path the builder would compute: the relative path joined onto the earlier `WORKDIR`s of the stage and of the stages it builds on, normalised like the builder does (`.` and `..` resolved). Safe when an earlier absolute `WORKDIR` without variables is in this file: the resulting directory is the same. Display-only when the path would rest on the base image\'s working directory (assumed to be `/`, which the file does not show) or involves a variable. No fix for ONBUILD triggers (they run in another build), paths with quotes, spaces or backslashes, or Windows paths.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'WORKDIR' || !inst.argsRange) continue;
      const written = inst.logicalArgs.trim();
      if (written === '' || isAbsoluteOrVariable(written)) continue;
      const stage = inst.stage;
      const resolved = !inst.parent && stage && source.commentsWithin(inst.argsRange.start, inst.argsRange.end).length === 0 ? resolve(inst, stage) : null;
      report({
        start: inst.argsRange.start,
        end: inst.argsRange.end,
        message: `Relative \`WORKDIR ${written}\` depends on the directory before it: use an absolute path`,
        data: resolved ? { path: resolved.path, basis: resolved.basis } : { noFix: true },
      });
    }
  },
};
