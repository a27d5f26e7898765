/**
 * dockerfile-ast, with one memo added. The library re-scans an instruction's text character
 * by character on every `getArguments()` call, and its own constructors, `getFlags`,
 * `getHeredocs` and range getters call it several times per instruction: about 40% of a
 * lint run went there. The parsed tree never changes, so the scan's result is kept per
 * instruction, frozen (a caller that tried to change it would throw instead of corrupting
 * the memo). The one library caller that changed the array, ModifiableInstruction's
 * `getArguments` (it `shift()`s the flags off), is replaced by the same logic without
 * mutation.
 */
import * as dockerfileAst from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';

type Args = readonly dockerfileAst.Argument[];
const base = dockerfileAst.Instruction.prototype as unknown as { getRawArguments: () => Args; getArguments: () => Args; __shipshapeMemo?: true };
const modifiable = dockerfileAst.ModifiableInstruction.prototype as unknown as { getArguments: () => Args; getFlags: () => readonly unknown[] };

if (!base.__shipshapeMemo) {
  const scan = base.getRawArguments;
  // Kept on the node itself (not in a WeakMap), so it is freed with the tree by a minor GC.
  base.getRawArguments = function memoised(this: { __shipshapeArgs?: Args }): Args {
    this.__shipshapeArgs ??= Object.freeze(scan.call(this));
    return this.__shipshapeArgs;
  };
  modifiable.getArguments = function withoutFlags(this: { getFlags: () => readonly unknown[] }): Args {
    const args = base.getArguments.call(this);
    const flags = this.getFlags().length;
    return flags === 0 ? args : args.slice(flags);
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
const parser = Parser.prototype as unknown as { createInstruction: Build; __shipshapeOnce?: true };
if (!parser.__shipshapeOnce) {
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

export const { DockerfileParser } = dockerfileAst;
