/**
 * Variable references (`$NAME`, `${NAME}`, `${NAME:-default}`) in the Dockerfile-level words
 * the builder expands (COPY, ENV, LABEL, WORKDIR, FROM ...), with their file ranges.
 */
import type { Instruction, SourceFile } from '../../src/engine/source.js';

export interface VariableReference {
  readonly name: string;
  /** Range of the whole reference (`$NAME` or `${...}`). */
  readonly start: number;
  readonly end: number;
  /** The `${NAME:-x}` / `${NAME-x}` / `${NAME:+x}` / `${NAME+x}` operator, or null. */
  readonly operator: string | null;
}

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_');
}

function isNameChar(c: string | undefined): boolean {
  return isNameStart(c) || (c !== undefined && c >= '0' && c <= '9');
}

/**
 * The references in `[start, end)` of the file, the way BuildKit's word processor finds
 * them: not inside single quotes (a single quote inside double quotes is a plain
 * character), not after the escape character, and not in comment lines or heredoc bodies
 * (`skip`). References inside a default (`${X:-$Y}`) are found too.
 */
export function variableReferences(source: SourceFile, start: number, end: number, skip: readonly { start: number; end: number }[] = []): VariableReference[] {
  const text = source.text;
  const esc = source.escape;
  const out: VariableReference[] = [];
  let single = false;
  let double = false;
  let i = start;
  while (i < end) {
    const hole = skip.find((s) => s.start <= i && i < s.end);
    if (hole) {
      i = hole.end;
      continue;
    }
    const c = text[i];
    if (single) {
      if (c === "'") single = false;
      i++;
    } else if (c === esc) {
      i += 2;
    } else if (c === '"') {
      double = !double;
      i++;
    } else if (c === "'" && !double) {
      single = true;
      i++;
    } else if (c === '$' && text[i + 1] === '{' && isNameStart(text[i + 2])) {
      let j = i + 3;
      while (j < end && isNameChar(text[j])) j++;
      const name = text.slice(i + 2, j);
      let operator: string | null = null;
      if (text[j] === ':' && (text[j + 1] === '-' || text[j + 1] === '+')) operator = text.slice(j, j + 2);
      else if (text[j] === '-' || text[j] === '+') operator = text[j] as string;
      const close = text.indexOf('}', j);
      const stop = close === -1 || close >= end ? end : close + 1;
      out.push({ name, start: i, end: stop, operator });
      // The default (`${X:-$Y}`) may hold references of its own: scan on from the name's end.
      i = j;
    } else if (c === '$' && isNameStart(text[i + 1])) {
      let j = i + 2;
      while (j < end && isNameChar(text[j])) j++;
      out.push({ name: text.slice(i + 1, j), start: i, end: j, operator: null });
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

/** The ranges inside an instruction that hold no Dockerfile-level words: comment lines and heredoc bodies. */
export function nonWordRanges(inst: Instruction): { start: number; end: number }[] {
  return [...inst.source.commentsWithin(inst.start, inst.end), ...inst.heredocs.map((h) => ({ start: h.body.start, end: h.delimiter?.end ?? h.body.end }))];
}

/**
 * The ARGs the builder defines in the global scope without a declaration: the platform of the
 * build and of the target (BuildKit's automatic platform ARGs).
 */
export const AUTOMATIC_PLATFORM_ARGS: ReadonlyMap<string, string> = new Map([
  ['BUILDPLATFORM', 'linux/amd64'],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', 'amd64'],
  ['BUILDVARIANT', ''],
  ['BUILDOSVERSION', ''],
  ['TARGETPLATFORM', 'linux/amd64'],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', 'amd64'],
  ['TARGETVARIANT', ''],
  ['TARGETOSVERSION', ''],
  ['TARGETSTAGE', ''],
]);

/** `ARG a=1 b` / `ENV a=1`: the names an instruction declares, with their raw values. */
export function declaredNames(inst: Instruction): [string, string | null][] {
  return inst.properties.map((p) => [p.name, p.value]);
}
