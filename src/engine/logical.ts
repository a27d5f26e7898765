/**
 * The text a shell sees, pieced together from slices of a file (a Makefile recipe without its
 * tab and `@-+` prefixes, a YAML block scalar without its indentation, ...), with the map back
 * to file offsets: the RUN text of a Dockerfile without line continuations, and pieces that
 * are not in the file
 * (the space a folded YAML scalar puts where a line break is written).
 */
import type { Range } from './document.js';
import type { ShellCommand, ShellRedirect, ShellScript, ShellWord } from '../shell/types.js';

export class LogicalText {
  private readonly parts: string[] = [];
  /** Logical offset where each piece starts, and the file offset it maps to. */
  private readonly starts: number[] = [];
  private readonly files: number[] = [];
  /** Whether each piece is made up (every character maps to the same file offset). */
  private readonly made: boolean[] = [];
  length = 0;

  /** Copies `text[from, to)`. */
  add(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(text.slice(from, to), from, false);
  }

  /** Copies a range but for the CR of each CRLF. */
  addVerbatim(text: string, from: number, to: number): void {
    let at = from;
    for (let cr = text.indexOf('\r\n', from); cr !== -1 && cr < to; cr = text.indexOf('\r\n', cr + 2)) {
      this.add(text, at, cr);
      at = cr + 1;
    }
    this.add(text, at, to);
  }

  /** Adds text that is not written in the file, standing at file offset `at`. */
  addMade(piece: string, at: number): void {
    if (piece !== '') this.push(piece, at, true);
  }

  private push(piece: string, file: number, made: boolean): void {
    this.parts.push(piece);
    this.starts.push(this.length);
    this.files.push(file);
    this.made.push(made);
    this.length += piece.length;
  }

  toString(): string {
    return this.parts.join('');
  }

  /** File offset of a logical offset (which must be below `length`). */
  fileOffset(logical: number): number {
    // One copied piece (a one-line RUN): the map is a shift.
    if (this.starts.length === 1 && !this.made[0]) return (this.files[0] as number) + logical;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= logical) lo = mid;
      else hi = mid - 1;
    }
    const file = this.files[lo] as number;
    return this.made[lo] ? file : file + logical - (this.starts[lo] as number);
  }

  /** File range of a logical range; an empty range maps to a point. */
  fileRange(start: number, end: number, fallback: number): Range {
    const s = this.fileStart(start, fallback);
    return { start: s, end: this.fileEnd(start, end, s) };
  }

  /** `fileRange(start, ...).start`, without building the range. */
  fileStart(start: number, fallback: number): number {
    if (this.length === 0) return fallback;
    return start < this.length ? this.fileOffset(start) : this.fileOffset(this.length - 1) + 1;
  }

  /** `fileRange(start, end, ...).end`, given that range's file start. */
  fileEnd(start: number, end: number, fileStart: number): number {
    return this.length !== 0 && end > start ? this.fileOffset(Math.min(end, this.length) - 1) + 1 : fileStart;
  }
}

/**
 * A parsed script's commands and operators with every range mapped from the logical text to
 * file offsets (`fallback` when the text is empty). Objects are written out field by field,
 * not spread: a script has hundreds of words, and spreads are slow while the code still runs
 * in V8's interpreter.
 */
export function scriptToFile(parsed: ShellScript, logical: LogicalText, fallback: number): { commands: ShellCommand[]; operators: ShellScript['operators'] } {
  const word = (w: ShellWord): ShellWord => {
    const start = logical.fileStart(w.start, fallback);
    return { raw: w.raw, value: w.value, start, end: logical.fileEnd(w.start, w.end, start) };
  };
  const redirect = (r: ShellRedirect): ShellRedirect => {
    const start = logical.fileStart(r.start, fallback);
    return { op: r.op, target: r.target ? word(r.target) : null, start, end: logical.fileEnd(r.start, r.end, start) };
  };
  const commands = parsed.commands.map((c): ShellCommand => {
    const start = logical.fileStart(c.start, fallback);
    return {
      assignments: c.assignments.map(word),
      words: c.words.map(word),
      redirects: c.redirects.map(redirect),
      connector: c.connector,
      depth: c.depth,
      pipeline: c.pipeline,
      start,
      end: logical.fileEnd(c.start, c.end, start),
    };
  });
  const operators = parsed.operators.map((o) => {
    const start = logical.fileStart(o.start, fallback);
    return { op: o.op, start, end: logical.fileEnd(o.start, o.end, start) };
  });
  return { commands, operators };
}
