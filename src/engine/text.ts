/** Offset <-> line/column conversion and line-ending facts for one text. */

export type LineEnding = '\n' | '\r\n';

export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[];
  private lastLine = 0;

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    const starts = this.starts;
    // Callers walk a file in order (findings, edits): try the line found last, then search.
    const last = this.lastLine;
    if ((starts[last] as number) <= offset && (last + 1 === starts.length || (starts[last + 1] as number) > offset)) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }

  /** 0-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; character: number } {
    const line = this.lineOf(offset);
    return { line, character: offset - (this.starts[line] as number) };
  }

  /** Offset of a 0-based line/character position (clamped to the text). */
  offset(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min((this.starts[line] as number) + character, this.text.length);
  }

  lineStart(line: number): number {
    return this.starts[Math.min(line, this.starts.length - 1)] as number;
  }

  /** Offset just past the line's content, before its `\r\n` or `\n`. */
  lineContentEnd(line: number): number {
    const isLast = line + 1 >= this.starts.length;
    const end = isLast ? this.text.length : (this.starts[line + 1] as number) - 1;
    if (!isLast && end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 13) return end - 1;
    return end;
  }

  /** The line's text without its terminator. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineContentEnd(line));
  }
}

/** The file's dominant line ending (CRLF when most line breaks are CRLF). */
export function detectLineEnding(text: string): LineEnding {
  let lf = 0;
  let crlf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/** Applies non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: readonly { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits at offset ${edit.start}`);
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * A table entry for a key read from user input. Plain `table[key]` would also find
 * Object.prototype's members: a command named `constructor` or an ENV named `toString` would
 * get a function where a table entry was expected.
 */
export function entryOf<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
