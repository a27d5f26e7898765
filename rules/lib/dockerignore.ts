/**
 * `.dockerignore` matching with Docker's own semantics (moby/patternmatcher), which differ
 * from `.gitignore`: a pattern is anchored at the context root (`*.log` does not match
 * `a/b.log`), `*` and `?` never cross `/`, `**` crosses any number of folders, a pattern that
 * matches a folder excludes everything below it, and the last matching line wins (`!` re-includes).
 */
import { posix } from 'node:path';

interface Pattern {
  readonly exclusion: boolean;
  readonly regex: RegExp;
  /** Number of path components, to match the parent folders of a path against. */
  readonly depth: number;
}

const REGEX_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '^', '$']);

function compile(pattern: string): RegExp {
  let out = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') i++;
        out += i + 1 >= pattern.length ? '.*' : '(?:.*/)?';
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '\\' && i + 1 < pattern.length) {
      i++;
      out += `\\${pattern[i]}`;
    } else if (REGEX_SPECIAL.has(c)) {
      out += `\\${c}`;
    } else {
      out += c;
    }
  }
  try {
    return new RegExp(`${out}$`);
  } catch {
    // An unbalanced `[`: the builder rejects the file; match nothing here.
    return /$^/;
  }
}

/** Cleans a path like Go's filepath.Clean and drops a leading `/` (paths are relative to the context). */
export function cleanContextPath(path: string): string {
  const clean = posix.normalize(path.replace(/\\/g, '/'));
  const relative = clean.replace(/^\/+/, '').replace(/\/+$/, '');
  return relative === '' ? '.' : relative;
}

export class DockerIgnore {
  private readonly patterns: Pattern[] = [];

  constructor(text: string) {
    for (const line of text.split(/\r?\n/)) {
      let pattern = line.trim();
      if (pattern === '' || pattern.startsWith('#')) continue;
      const exclusion = pattern.startsWith('!');
      if (exclusion) pattern = pattern.slice(1).trim();
      pattern = cleanContextPath(pattern);
      if (pattern === '.') continue;
      this.patterns.push({ exclusion, regex: compile(pattern), depth: pattern.split('/').length });
    }
  }

  /** Whether a context path (cleaned) is excluded, itself or through one of its parent folders. */
  excludes(path: string): boolean {
    const parts = path.split('/');
    let excluded = false;
    for (const p of this.patterns) {
      let match = p.regex.test(path);
      if (!match && parts.length > 1) {
        // `foo` excludes `foo/bar`: match the pattern against the path's leading folders.
        for (let n = Math.min(p.depth, parts.length - 1); n >= 1 && !match; n--) match = p.regex.test(parts.slice(0, n).join('/'));
      }
      if (match) excluded = !p.exclusion;
    }
    return excluded;
  }
}
