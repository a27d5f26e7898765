/**
 * What every kind of file shipshape reads offers the engine: Dockerfiles, Compose files,
 * daemon.json and scripts with `docker run` lines. The linter, suppressions, the fix loop and
 * the reporters work on this interface; rules of a kind see that kind's full model.
 */
import { detectLineEnding, type LineEnding, LineIndex } from './text.js';
import type { Edit } from './types.js';

export type DocumentKind = 'dockerfile' | 'compose' | 'daemon' | 'script';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Comment extends Range {
  /** Text after the comment marker, trimmed. */
  readonly content: string;
}

export interface Document {
  readonly kind: DocumentKind;
  readonly path: string;
  /** Text without BOM; every offset in the engine indexes this string. */
  readonly text: string;
  /** Text as it should be written back (BOM restored). */
  readonly fileText: string;
  readonly bom: boolean;
  readonly eol: LineEnding;
  readonly lines: LineIndex;
  /** Comments that may carry `shipshape ignore=` / `hadolint ignore=` directives. */
  readonly comments: readonly Comment[];
  /** What an ignore comment covers: the next instruction, key or command after it. */
  suppressionTarget(comment: Comment): Range | null;
  /** Text a safe fix must not rewrite without carrying it along (heredoc bodies), overlapping a range. */
  protectedRanges(start: number, end: number): readonly Range[];
  /**
   * Whether `after` (this text with `edits` applied) keeps everything the edits did not mean
   * to change, and is still valid in this kind's syntax.
   */
  keepsStructure(after: Document, edits: readonly Edit[]): boolean;
  /** The model of another text version of the same file. */
  reparse(fileText: string): Document;
}

/** Whether an edit touches `[start, end)`: an insertion at the end counts, one at the start does not. */
export function touches(edits: readonly Edit[], start: number, end: number): boolean {
  return edits.some((e) => (e.start === e.end ? e.start > start && e.start <= end : e.start < end && e.end > start));
}

/**
 * Every comment that no edit touches is still there, in order and byte for byte: the check
 * all kinds share in keepsStructure.
 */
export function keepsComments(before: Document, after: Document, edits: readonly Edit[]): boolean {
  const afterComments = after.comments.map((c) => after.text.slice(c.start, c.end));
  let at = 0;
  for (const c of before.comments) {
    if (touches(edits, c.start, c.end)) continue;
    const text = before.text.slice(c.start, c.end);
    while (at < afterComments.length && afterComments[at] !== text) at++;
    if (at === afterComments.length) return false;
    at++;
  }
  return true;
}

/**
 * The line-based suppression target shared by YAML, JSON and shell files: the first line after
 * the comment that is neither blank nor a comment.
 */
export function nextLineTarget(doc: Document, comment: Comment): Range | null {
  const commentLines = new Set(doc.comments.map((c) => doc.lines.lineOf(c.start)));
  for (let line = doc.lines.lineOf(comment.end) + 1; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    if (text.trim() === '' || commentLines.has(line)) continue;
    return { start: doc.lines.lineStart(line), end: doc.lines.lineContentEnd(line) };
  }
  return null;
}

/**
 * What every kind does with the raw file text: the BOM is set aside (offsets index the text
 * without it, and it is restored on write), the line ending and the line index computed.
 */
export abstract class TextFile {
  /** Text without BOM; every offset in the engine indexes this string. */
  readonly text: string;
  readonly bom: boolean;
  readonly eol: LineEnding;
  readonly lines: LineIndex;

  constructor(
    readonly path: string,
    fileText: string,
  ) {
    this.bom = fileText.charCodeAt(0) === 0xfeff;
    this.text = this.bom ? fileText.slice(1) : fileText;
    this.eol = detectLineEnding(this.text);
    this.lines = new LineIndex(this.text);
  }

  /** Text as it should be written back (BOM restored). */
  get fileText(): string {
    return this.bom ? `\ufeff${this.text}` : this.text;
  }
}
