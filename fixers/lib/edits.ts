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

/** Appends lines at the end of the file. */
export function appendLines(source: SourceFile, lines: readonly string[]): Edit {
  const text = source.text;
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  return { start: text.length, end: text.length, text: `${needsBreak ? source.eol : ''}${lines.map((l) => `${l}${source.eol}`).join('')}` };
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
 * command follows, the blanks before it), never touching line breaks or escapes.
 */
export function removeWord(source: SourceFile, range: { start: number; end: number }): Edit {
  const text = source.text;
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
