/**
 * Shared edit builders. Each follows the file's own style: line ending, escape character,
 * keyword casing and indentation (as Ruff's Stylist does).
 */
import type { Instruction, SourceFile } from '../../src/engine/source.js';
import type { Edit } from '../../src/engine/types.js';

/** Writes a keyword in the file's casing: lower case when most keywords are lower case. */
export function keyword(source: SourceFile, word: string): string {
  let lower = 0;
  let upper = 0;
  for (const inst of source.instructions) {
    if (inst.keywordText === inst.keywordText.toLowerCase()) lower++;
    else upper++;
  }
  return lower > upper ? word.toLowerCase() : word.toUpperCase();
}

/** Indentation of the line an instruction starts on. */
export function indentOf(source: SourceFile, inst: Instruction): string {
  const start = source.lines.lineStart(inst.line);
  return source.text.slice(start, inst.start);
}

/** Inserts whole lines before an instruction's first line. */
export function insertLinesBefore(source: SourceFile, inst: Instruction, lines: readonly string[]): Edit {
  const at = source.lines.lineStart(inst.line);
  const indent = indentOf(source, inst);
  return { start: at, end: at, text: lines.map((l) => `${indent}${l}${source.eol}`).join('') };
}

/** Inserts whole lines after an instruction's last line (adding a line break if the file lacks a final one). */
export function insertLinesAfter(source: SourceFile, inst: Instruction, lines: readonly string[]): Edit {
  const lastLine = source.lines.lineOf(inst.end);
  const contentEnd = source.lines.lineContentEnd(lastLine);
  const indent = indentOf(source, inst);
  const body = lines.map((l) => `${indent}${l}`).join(source.eol);
  if (contentEnd >= source.text.length) return { start: contentEnd, end: contentEnd, text: `${source.eol}${body}${source.eol}` };
  const next = source.lines.lineStart(lastLine + 1);
  return { start: next, end: next, text: `${body}${source.eol}` };
}

/** Inserts ` text` right after a range (a word), on the same line. */
export function insertAfter(range: { end: number }, text: string): Edit {
  return { start: range.end, end: range.end, text: ` ${text}` };
}

export function replace(range: { start: number; end: number }, text: string): Edit {
  return { start: range.start, end: range.end, text };
}

/**
 * Removes a word and the blanks after it (or, when a line continuation or the end of the
 * command follows, the blanks before it). A word alone on a continued line goes with its
 * line, continuation included, so no empty `\` line is left behind; otherwise line breaks
 * and escapes are never touched.
 */
export function removeWord(source: SourceFile, range: { start: number; end: number }): Edit {
  const text = source.text;
  const whole = continuedLineOf(source, range);
  if (whole) return { ...whole, text: '' };
  let end = range.end;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const after = text[end];
  const atLineEnd = end >= text.length || after === '\n' || after === '\r' || after === source.escape || after === ';' || after === '&' || after === '|' || after === ')';
  if (end > range.end && !atLineEnd) return { start: range.start, end, text: '' };
  let start = range.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start > 0 && text[start - 1] !== '\n') return { start, end: range.end, text: '' };
  return { start: range.start, end, text: '' };
}

/**
 * The whole line when `range` is all that is on it but blanks and a line continuation:
 * from the line's start to the start of the next line. Null otherwise (the first line of an
 * instruction always holds its keyword too).
 */
function continuedLineOf(source: SourceFile, range: { start: number; end: number }): { start: number; end: number } | null {
  const text = source.text;
  let start = range.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  if (start === 0 || text[start - 1] !== '\n') return null;
  let i = range.end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] !== source.escape) return null;
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '\r') i++;
  return text[i] === '\n' ? { start, end: i + 1 } : null;
}

/**
 * A keyword in the casing of another keyword as written (`add` -> `copy`, `ADD` -> `COPY`);
 * the file's casing when the written one is mixed (`Add`).
 */
export function keywordLike(source: SourceFile, written: string, word: string): string {
  if (written === written.toLowerCase()) return word.toLowerCase();
  if (written === written.toUpperCase()) return word.toUpperCase();
  return keyword(source, word);
}

/**
 * A double-quoted Dockerfile word (LABEL or ENV value) that reads back as `value`: `"`, `$`
 * and the escape character are escaped with the file's escape character.
 */
export function quoted(source: SourceFile, value: string): string {
  const esc = source.escape;
  let out = '"';
  for (const ch of value) out += ch === '"' || ch === '$' || ch === esc ? `${esc}${ch}` : ch;
  return `${out}"`;
}

/** An exec-form (JSON array) argument list: `["a", "b"]`. */
export function execForm(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

/**
 * Inserts whole lines above an instruction and above the comment lines directly on top of
 * it, so a comment stays next to the instruction it describes. Never climbs past the
 * previous instruction (nor above the first one, where parser directives live).
 */
export function insertLinesAbove(source: SourceFile, inst: Instruction, lines: readonly string[]): Edit {
  const owner = inst.parent ?? inst;
  const index = source.instructions.indexOf(owner);
  const previous = index > 0 ? source.instructions[index - 1] : undefined;
  let line = owner.line;
  if (previous) {
    const floor = source.lines.lineOf(previous.end) + 1;
    const commentLines = new Set(source.comments.map((c) => source.lines.lineOf(c.start)));
    while (line > floor && commentLines.has(line - 1)) line--;
  }
  const at = source.lines.lineStart(line);
  const indent = indentOf(source, owner);
  return { start: at, end: at, text: lines.map((l) => `${indent}${l}${source.eol}`).join('') };
}

/**
 * Removes consecutive words of a command (`sudo -E` before `apt-get`): words with only
 * blanks between them go in one edit, so the edits never overlap; words on different lines
 * of a continued RUN are removed line by line, keeping the continuations.
 */
export function removeWords(source: SourceFile, words: readonly { start: number; end: number }[]): Edit[] {
  const text = source.text;
  const spans: { start: number; end: number }[] = [];
  for (const word of [...words].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && /^[ \t]*$/.test(text.slice(last.end, word.start))) last.end = word.end;
    else spans.push({ start: word.start, end: word.end });
  }
  return spans.map((span) => removeWord(source, span));
}

/**
 * Removes the lines an instruction occupies, line breaks included; null when other text
 * shares its first or last line (the edit would take that text too).
 */
export function removeInstructionLines(source: SourceFile, range: { start: number; end: number }): Edit | null {
  const lines = source.lines;
  const first = lines.lineOf(range.start);
  const last = lines.lineOf(range.end);
  const start = lines.lineStart(first);
  const after = source.text.slice(range.end, lines.lineContentEnd(last));
  if (source.text.slice(start, range.start).trim() !== '' || after.trim() !== '') return null;
  const end = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : source.text.length;
  return { start, end, text: '' };
}
