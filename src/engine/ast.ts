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

export const { DockerfileParser } = dockerfileAst;
