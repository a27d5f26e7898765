/**
 * A faster equivalent of dockerfile-ast's argument scan (`Instruction.getRawArguments`), which
 * every instruction runs at least once while the file is parsed. The library's scan reads the
 * instruction's text one `charAt` at a time, builds each word by appending single characters,
 * and turns every word's two offsets into positions by a binary search over the line table.
 * This one follows the same state machine over character codes, takes each word's text as
 * slices of the file (a word is one slice unless escapes or line continuations cut it), and
 * finds positions by walking forward from the previous one (words come in file order).
 *
 * The result must be exactly the library's: the same words, the same values and the same
 * ranges. test/engine/ast.test.ts compares the two on every fixture, every example, bench
 * corpus files and random texts full of escapes, continuations, comments and CRLF line ends.
 */

/** The parts of dockerfile-ast's TextDocument (vscode-languageserver-textdocument) this scan reads. */
export interface ScanDocument {
  getText(): string;
  getLineOffsets(): number[];
  offsetAt(position: Position): number;
}

export interface Position {
  line: number;
  character: number;
}

export interface ScanRange {
  start: Position;
  end: Position;
}

/** The instruction fields the library's scan reads. */
export interface ScanInstruction {
  readonly document: ScanDocument;
  readonly escapeChar: string;
  getRange(): ScanRange;
  getInstructionRange(): ScanRange;
}

/** Character codes the scans here and in ./ast.ts compare against. */
export const SPACE = 32;
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const HASH = 35;
const DOLLAR = 36;

/**
 * File offsets to positions, for offsets that mostly come in increasing order. Gives what the
 * TextDocument's `positionAt` gives: the offset clamped to the text, and an offset inside a
 * line ending moved back to the end of the line's content.
 */
class PositionCursor {
  private line: number;

  constructor(
    private readonly text: string,
    private readonly lines: readonly number[],
    /** A line at or before the first offset asked for (any valid line works, only slower). */
    line: number,
  ) {
    this.line = Math.min(Math.max(line, 0), lines.length - 1);
  }

  at(offset: number): Position {
    const text = this.text;
    const lines = this.lines;
    const o = offset < 0 ? 0 : offset > text.length ? text.length : offset;
    let line = this.line;
    if ((lines[line] as number) > o) {
      // Behind the cursor: a binary search, as the library does.
      let low = 0;
      let high = lines.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((lines[mid] as number) > o) high = mid;
        else low = mid + 1;
      }
      line = low - 1;
    } else {
      while (line + 1 < lines.length && (lines[line + 1] as number) <= o) line++;
    }
    this.line = line;
    return lineColumn(text, line, lines[line] as number, o);
  }
}

/** The position of an offset in a line, moved back to the end of the line's content when it is inside the line end (as the TextDocument does). */
export function lineColumn(text: string, line: number, lineStart: number, offset: number): Position {
  let end = offset;
  while (end > lineStart) {
    const c = text.charCodeAt(end - 1);
    if (c !== LF && c !== CR) break;
    end--;
  }
  return { line, character: end - lineStart };
}

/**
 * The words of an instruction after its keyword, as `make(value, range)` builds them; null
 * when the instruction is not one this scan knows how to read (the caller then uses the
 * library's own scan).
 */
export function scanArguments<T>(inst: ScanInstruction, make: (value: string, range: ScanRange) => T): T[] | null {
  const document = inst.document;
  if (typeof document.getLineOffsets !== 'function' || inst.escapeChar.length !== 1) return null;
  const escape = inst.escapeChar.charCodeAt(0);
  const text = document.getText();
  const keyword = inst.getInstructionRange();
  const whole = inst.getRange();
  const keywordStart = document.offsetAt(keyword.start);
  const extra = document.offsetAt(keyword.end) - keywordStart;
  // The library reads `getTextContent().substring(extra)`: the instruction's text after the
  // keyword (`substring` swaps reversed bounds and clamps, hence the min and max).
  const a = document.offsetAt(whole.start);
  const b = document.offsetAt(whole.end);
  const contentStart = Math.min(a, b);
  const contentEnd = Math.max(a, b);
  const base = contentStart + Math.min(Math.max(extra, 0), contentEnd - contentStart);
  const length = contentEnd - base;
  // Where the library's offsets count from (`offsetAt(range.start) + extra`).
  const offset = keywordStart + extra;
  const lines = document.getLineOffsets();
  if (lines.length === 0) return null;
  const positions = new PositionCursor(text, lines, keyword.start.line);
  const args: T[] = [];
  const charAt = (i: number): number => (i < length ? text.charCodeAt(base + i) : -1);

  // The word being read: `done` holds finished pieces, [runStart, runEnd) the current slice
  // (relative to `base`).
  let done = '';
  let runStart = -1;
  let runEnd = -1;
  const append = (i: number): void => {
    if (runEnd === i) {
      runEnd = i + 1;
      return;
    }
    if (runEnd > runStart) done += text.slice(base + runStart, base + runEnd);
    runStart = i;
    runEnd = i + 1;
  };
  const take = (): string => {
    const value = runEnd > runStart ? done + text.slice(base + runStart, base + runEnd) : done;
    done = '';
    runStart = -1;
    runEnd = -1;
    return value;
  };
  const push = (from: number, to: number): void => {
    const value = take();
    args.push(make(value, { start: positions.at(offset + from), end: positions.at(offset + to) }));
  };

  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  for (let i = 0; i < length; i++) {
    const char = text.charCodeAt(base + i);
    if (char === SPACE || char === TAB || char === LF || char === CR) {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === LF || char === CR) {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        push(found, escapeMarker === -1 ? i : escapeMarker);
        escapeMarker = -1;
        found = -1;
      }
    } else if (char === escape) {
      const next = charAt(i + 1);
      if (next === SPACE || next === TAB) {
        whitespaceCheck: for (let j = i + 2; j < length; j++) {
          const c = text.charCodeAt(base + j);
          switch (c) {
            case SPACE:
            case TAB:
              continue;
            case CR:
            case LF:
              if (c === CR) j++;
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === CR) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === LF) {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(found, escapeMarker);
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === DOLLAR) {
          // `\$` keeps the escape character: the variable is not expanded.
          append(i);
          append(i + 1);
        } else if (next === -1) {
          break;
        } else {
          append(i + 1);
        }
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === HASH) {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          push(found, escapeMarker);
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        append(i);
        if (found === -1) found = i;
        // The rest of a plain word changes nothing but the word's end: read it in one go.
        let j = i + 1;
        while (j < length) {
          const c = text.charCodeAt(base + j);
          if (c === SPACE || c === TAB || c === LF || c === CR || c === escape) break;
          j++;
        }
        runEnd = j;
        i = j - 1;
      }
      start = false;
    }
  }
  if (found !== -1) push(found, escapeMarker === -1 ? length : escapeMarker);
  return args;
}
