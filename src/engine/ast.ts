/**
 * dockerfile-ast, made cheaper without changing what it returns. A lint parses every file
 * and reads its arguments, flags and properties many times, so the library's costs dominated
 * whole runs. Each change below keeps the library's result exactly; test/engine/ast.test.ts
 * compares the trees with those of an untouched copy of the library on every fixture, the
 * bench corpus and thousands of random texts.
 * - Arguments are scanned once per instruction (our scan, ./arguments.ts) and kept, frozen
 *   (a caller that tried to change them would throw instead of corrupting the memo). The one
 *   library caller that changed the array, ModifiableInstruction's `getArguments` (it
 *   `shift()`s the flags off), is replaced by the same logic without mutation, and its
 *   result is kept as well.
 * - The parser's search for the end of each instruction runs over character codes, and the
 *   node it builds to look for heredocs is reused instead of built again.
 * - The BOM test, the line table and positionAt of the text document are cheaper.
 */
import * as dockerfileAst from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { Util } from 'dockerfile-ast/lib/util.js';
import { CR, HASH, LF, lineColumn, type ScanInstruction, type ScanRange, scanArguments, SPACE, TAB } from './arguments.js';

type Args = readonly dockerfileAst.Argument[];
const base = dockerfileAst.Instruction.prototype as unknown as { getRawArguments: () => Args; getArguments: () => Args; __shipshapeMemo?: true };
interface Modifiable {
  flags?: readonly unknown[];
  getFlags(): readonly unknown[];
  __shipshapeFlagsBusy?: boolean;
  __shipshapeOperands?: Args;
}
const modifiable = dockerfileAst.ModifiableInstruction.prototype as unknown as { getArguments: (this: Modifiable) => Args; getFlags: (this: Modifiable) => readonly unknown[] };

const makeArgument = (value: string, range: ScanRange): dockerfileAst.Argument => new dockerfileAst.Argument(value, range);

if (!base.__shipshapeMemo) {
  const libraryArgumentScan = base.getRawArguments;
  // Kept on the node itself (not in a WeakMap), so it is freed with the tree by a minor GC.
  // The scan is ours (./arguments.ts, same result, a fraction of the time) where it applies.
  base.getRawArguments = function memoised(this: ScanInstruction & { __shipshapeArgs?: Args }): Args {
    this.__shipshapeArgs ??= Object.freeze(scanArguments(this, makeArgument) ?? libraryArgumentScan.call(this));
    return this.__shipshapeArgs;
  };
  // The operands (arguments after the flags) are kept too, once the flags are known. They are
  // not known while the library's getFlags runs: it reads getArguments() itself, and at that
  // point gets every argument (it has found no flag yet), as it always did.
  const flagsScan = modifiable.getFlags;
  modifiable.getFlags = function flagsTracked(this: Modifiable): readonly unknown[] {
    if (this.flags !== undefined) return flagsScan.call(this);
    this.__shipshapeFlagsBusy = true;
    try {
      return flagsScan.call(this);
    } finally {
      this.__shipshapeFlagsBusy = false;
    }
  };
  modifiable.getArguments = function withoutFlags(this: Modifiable): Args {
    if (this.__shipshapeOperands !== undefined) return this.__shipshapeOperands;
    const args = base.getArguments.call(this);
    const flags = this.getFlags().length;
    const operands = flags === 0 ? args : Object.freeze(args.slice(flags));
    if (!this.__shipshapeFlagsBusy) this.__shipshapeOperands = operands;
    return operands;
  };
  base.__shipshapeMemo = true;
}

/**
 * The library's parser builds every instruction that has arguments twice: once to look for
 * heredocs (`processArguments` → `processHeredocs`), then again, with the same range, to add
 * it to the tree. Building one means scanning its arguments, and JSON-form instructions scan
 * them on construction. The second build now returns the first node when its range is the
 * same (it differs only when heredoc bodies follow); the node is not changed in between.
 */
type Build = (dockerfile: unknown, keyword: string, start: number, keywordEnd: number, end: number) => unknown;
interface LastBuild {
  readonly dockerfile: unknown;
  readonly keyword: string;
  readonly start: number;
  readonly keywordEnd: number;
  readonly end: number;
  readonly node: unknown;
}
type ProcessArguments = (dockerfile: unknown, keyword: string, keywordEnd: number, start: number, offset: number) => number;
interface ParserInternals {
  buffer: string;
  escapeChar: string;
  createInstruction: Build;
  processArguments: ProcessArguments;
  processHeredocs(instruction: unknown, offset: number): number;
  processComment(dockerfile: unknown, start: number): number;
  __shipshapeOnce?: true;
}
const parser = Parser.prototype as unknown as ParserInternals;

/**
 * The library's `processArguments`, which finds where an instruction's arguments end (the
 * first line end that no escape continues), with the same steps over character codes; outside
 * a continuation, characters that cannot end or continue the line are passed in one loop. The
 * library reads each character with `charAt` through a switch with a non-constant case.
 */
function processArguments(this: ParserInternals, dockerfile: unknown, keyword: string, keywordEnd: number, start: number, offset: number): number {
  const buffer = this.buffer;
  const length = buffer.length;
  const escape = this.escapeChar.charCodeAt(0);
  let escaped = false;
  argumentsCheck: for (let i = offset + 1; i < length; i++) {
    let c = buffer.charCodeAt(i);
    if (!escaped) {
      while (c !== CR && c !== LF && c !== escape) {
        if (++i >= length) return length;
        c = buffer.charCodeAt(i);
      }
    }
    if (c === CR || c === LF) {
      if (escaped) continue;
      return this.processHeredocs(this.createInstruction(dockerfile, keyword, start, keywordEnd, i), i);
    }
    if (c === escape) {
      const next = i + 1 < length ? buffer.charCodeAt(i + 1) : -1;
      if (next === LF || next === CR) {
        escaped = true;
        i++;
      } else if (next === SPACE || next === TAB) {
        for (let j = i + 2; j < length; j++) {
          const d = buffer.charCodeAt(j);
          if (d === SPACE || d === TAB) continue;
          if (d === CR || d === LF) escaped = true;
          i = j;
          continue argumentsCheck;
        }
        // Only blanks up to the end of the text.
        return length;
      }
      continue;
    }
    if (c === HASH) {
      if (escaped) i = this.processComment(dockerfile, i);
      continue;
    }
    if (c !== SPACE && c !== TAB) escaped = false;
  }
  return length;
}

if (!parser.__shipshapeOnce) {
  if (typeof parser.processArguments === 'function' && parser.processArguments.length === 5) parser.processArguments = processArguments;
  const build = parser.createInstruction;
  parser.createInstruction = function once(this: { __shipshapeLast?: LastBuild }, dockerfile, keyword, start, keywordEnd, end) {
    const last = this.__shipshapeLast;
    if (last && last.start === start && last.end === end && last.keywordEnd === keywordEnd && last.keyword === keyword && last.dockerfile === dockerfile) return last.node;
    const node = build.call(this, dockerfile, keyword, start, keywordEnd, end);
    this.__shipshapeLast = { dockerfile, keyword, start, keywordEnd, end, node };
    return node;
  };
  parser.__shipshapeOnce = true;
}

/**
 * Three small library helpers every parse runs:
 * - `Util.isUTF8BOM(first character)` encodes the character to a Buffer and copies it into a
 *   Uint8Array to compare three bytes. The only UTF-16 unit whose UTF-8 form starts with
 *   EF BB BF is U+FEFF, so comparing the character code gives the same answer.
 * - The text document's line table (vscode-languageserver-textdocument) is built by testing
 *   every character for `\r` and `\n`. In a text without `\r`, each line starts after a
 *   `\n`, and `indexOf` finds those faster. Texts with `\r` keep the library's own loop.
 * - Its positionAt() binary-searches the line table on every call, though the library asks
 *   for positions in or next to the line of the previous call; that line is tried first.
 */
const util = Util as unknown as { isUTF8BOM: (text: string) => boolean; __shipshapeFast?: true };
if (!util.__shipshapeFast) {
  util.isUTF8BOM = (text) => text.charCodeAt(0) === 0xfeff;
  util.__shipshapeFast = true;
}

interface TextDocumentInternals {
  _content: string;
  _lineOffsets: number[] | undefined;
  getLineOffsets(): number[];
  positionAt(offset: number): { line: number; character: number };
  /** The line of the last positionAt(): the library asks for positions close together. */
  __shipshapeLine?: number;
  __shipshapeFast?: true;
}
/** Whether `offset` is on `line` of a line table. */
function onLine(lines: readonly number[], line: number, offset: number): boolean {
  return line < lines.length && (lines[line] as number) <= offset && (line + 1 === lines.length || (lines[line + 1] as number) > offset);
}

const sample = dockerfileAst.DockerfileParser.parse('FROM scratch').getInstructions()[0] as unknown as { document?: object } | undefined;
const textDocument = (sample?.document ? Object.getPrototypeOf(sample.document) : null) as TextDocumentInternals | null;
if (textDocument && typeof textDocument.getLineOffsets === 'function' && !textDocument.__shipshapeFast) {
  const computeLineOffsets = textDocument.getLineOffsets;
  textDocument.getLineOffsets = function lineOffsets(this: TextDocumentInternals): number[] {
    if (this._lineOffsets === undefined && typeof this._content === 'string' && !this._content.includes('\r')) {
      const text = this._content;
      const starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      this._lineOffsets = starts;
    }
    return computeLineOffsets.call(this);
  };
  // positionAt() as the library computes it (clamp, find the line, step back over a line end),
  // trying the line of the previous call and the next one before a binary search.
  textDocument.positionAt = function positionAt(this: TextDocumentInternals, offset: number) {
    const text = this._content;
    const o = Math.max(Math.min(offset, text.length), 0);
    const lines = this.getLineOffsets();
    const count = lines.length;
    if (count === 0) return { line: 0, character: o };
    let line = this.__shipshapeLine ?? 0;
    if (!onLine(lines, line, o) && !onLine(lines, ++line, o)) {
      let low = 0;
      let high = count;
      while (low < high) {
        const mid = Math.floor((low + high) / 2);
        if ((lines[mid] as number) > o) high = mid;
        else low = mid + 1;
      }
      line = low - 1;
    }
    this.__shipshapeLine = line;
    return lineColumn(text, line, lines[line] as number, o);
  };
  textDocument.__shipshapeFast = true;
}

export const { DockerfileParser } = dockerfileAst;
