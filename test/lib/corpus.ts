/**
 * The files the whole-suite tests run over: every fixture and every example of a kind
 * shipshape reads (Dockerfiles, Compose files, ...), plus lexical variants of each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentKind } from '../../src/engine/document.js';
import { kindFromName } from '../../src/engine/kinds.js';
import { SourceFile } from '../../src/engine/source.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CorpusFile {
  /** Path relative to the repository. */
  readonly name: string;
  readonly path: string;
  readonly kind: DocumentKind;
  readonly text: string;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (kindFromName(path) !== null) out.push(path);
  }
}

export function corpus(): CorpusFile[] {
  const paths: string[] = [];
  walk(join(ROOT, 'test/fixtures'), paths);
  walk(join(ROOT, 'examples'), paths);
  return paths.map((path) => ({ name: relative(ROOT, path), path, kind: kindFromName(path) as DocumentKind, text: readFileSync(path, 'utf8') }));
}

export interface Variant {
  readonly kind: string;
  readonly text: string;
}

/** Line endings as CRLF. */
export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** Instruction keywords in lower case (ONBUILD triggers too). */
export function lowerKeywords(text: string): string {
  const source = new SourceFile('Dockerfile', text);
  const edits: { start: number; end: number }[] = [];
  for (const inst of source.allInstructions()) edits.push(inst.keywordRange);
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + text.slice(e.start, e.end).toLowerCase();
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The backtick escape directive, with every line continuation rewritten to use it. Returns
 * null when the file already has an escape directive or uses backslashes outside line ends
 * in a way a Windows-style file would not (we only convert continuations).
 */
export function toBacktickEscape(text: string): string | null {
  const source = new SourceFile('Dockerfile', text);
  if (source.ast.getDirectives().some((d) => d.getName().toLowerCase() === 'escape')) return null;
  if (text.includes('`')) return null;
  const lines = text.split('\n');
  const converted = lines.map((line) => line.replace(/\\(\s*)(\r?)$/, '`$1$2'));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `# escape=\`${eol}${converted.join('\n')}`;
}

/** A comment line inside every continued instruction, after its first line. */
export function commentsInContinuations(text: string): string | null {
  const source = new SourceFile('Dockerfile', text);
  const inserts: number[] = [];
  for (const inst of source.instructions) {
    if (inst.heredocs.length) continue;
    const first = source.lines.lineOf(inst.start);
    const last = source.lines.lineOf(inst.end);
    if (last > first) inserts.push(source.lines.lineStart(first + 1));
  }
  if (!inserts.length) return null;
  let out = '';
  let at = 0;
  for (const i of inserts) {
    out += `${text.slice(at, i)}  # inserted comment${source.eol}`;
    at = i;
  }
  return out + text.slice(at);
}

/** Single-line RUN instructions wrapped in ONBUILD. */
export function onbuildWrapped(text: string): string | null {
  const source = new SourceFile('Dockerfile', text);
  const starts = source.instructions.filter((i) => i.keyword === 'RUN' && source.lines.lineOf(i.start) === source.lines.lineOf(i.end)).map((i) => i.start);
  if (!starts.length) return null;
  let out = '';
  let at = 0;
  for (const s of starts) {
    out += `${text.slice(at, s)}ONBUILD `;
    at = s;
  }
  return out + text.slice(at);
}

/** Every line's leading spaces doubled: two-space YAML becomes four-space YAML, same structure. */
export function doubleIndent(text: string): string {
  return text.replace(/^( +)/gm, '$1$1');
}

/** Variants of a Compose (YAML) file: CRLF, BOM, four-space indentation, and CRLF with it. */
export function composeVariants(text: string): Variant[] {
  return [
    { kind: 'original', text },
    { kind: 'crlf', text: toCrlf(text) },
    { kind: 'bom', text: `\ufeff${text}` },
    { kind: 'indent-4', text: doubleIndent(text) },
    { kind: 'crlf+indent-4', text: toCrlf(doubleIndent(text)) },
  ];
}

/** Variants of a Dockerfile. */
export function variants(text: string): Variant[] {
  const out: Variant[] = [{ kind: 'original', text }, { kind: 'crlf', text: toCrlf(text) }, { kind: 'lower-case', text: lowerKeywords(text) }, { kind: 'bom', text: `\ufeff${text}` }];
  const backtick = toBacktickEscape(text);
  if (backtick) out.push({ kind: 'backtick-escape', text: backtick });
  const comments = commentsInContinuations(text);
  if (comments) out.push({ kind: 'comments-in-continuations', text: comments });
  const onbuild = onbuildWrapped(text);
  if (onbuild) out.push({ kind: 'onbuild', text: onbuild });
  if (backtick) out.push({ kind: 'crlf+backtick+lower', text: toCrlf(lowerKeywords(backtick)) });
  return out;
}
