/**
 * What the CI formats share: paths as CI services want them (relative to the repository root,
 * forward slashes) and fingerprints that identify a finding across runs.
 */
import type * as crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { isAbsolute, relative, sep } from 'node:path';
import type { Document } from '../engine/document.js';
import type { Finding, Fix } from '../engine/types.js';

/**
 * The path with forward slashes and relative to the working directory, which in CI is the
 * checkout's root. Paths outside it stay absolute; `<stdin>` stays as it is.
 */
export function repoPath(path: string): string {
  let p = path;
  if (isAbsolute(p)) {
    const rel = relative(process.cwd(), p);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) p = rel;
  }
  if (sep === '\\') p = p.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/**
 * node:crypto, loaded when a CI format first needs a fingerprint: loading it costs a few
 * milliseconds of every run's start-up otherwise, and most runs print no fingerprints.
 */
let cryptoModule: typeof crypto | undefined;
function sha256(text: string): string {
  cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof crypto;
  return cryptoModule.createHash('sha256').update(text).digest('hex');
}

/**
 * One fingerprint per finding, in the same order: a SHA-256 of the path, the rule and the
 * text of the lines the finding spans with whitespace collapsed, plus how many earlier
 * findings of the file share all three. Line numbers stay out of it, so a finding keeps its
 * fingerprint when lines are added or removed elsewhere, or the file's line endings or
 * indentation change; editing the flagged line itself gives a new one (as GitHub's own line
 * hash does). Two identical lines flagged by one rule still get distinct fingerprints.
 */
export function fingerprints(path: string, source: Document, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  const file = repoPath(path);
  return findings.map((f) => {
    const key = `${file}\0${f.rule}\0${collapse(linesOf(source, f))}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return sha256(`${key}\0${occurrence}`);
  });
}

/** The whole lines a finding covers (a range ending just after a line break stops before it). */
function linesOf(source: Document, f: Finding): string {
  const { lines } = source;
  const first = lines.lineOf(f.start);
  const last = lines.lineOf(f.end > f.start ? f.end - 1 : f.start);
  return source.text.slice(lines.lineStart(first), lines.lineContentEnd(last));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The fix as a `help:` line for formats that carry free text. */
export function helpLine(fix: Fix): string {
  return `help: ${fix.title} (${fix.applicability === 'display-only' ? 'suggestion, not applied automatically' : `${fix.applicability} fix`})`;
}
