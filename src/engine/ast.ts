/**
 * dockerfile-ast, with one memo added. The library re-scans an instruction's text character
 * by character on every `getArguments()` call, and its own constructors, `getFlags`,
 * `getHeredocs` and range getters call it several times per instruction: about 40% of a
 * lint run went there. The parsed tree never changes, so the scan's result is kept per
 * instruction and a fresh copy of the array is handed out each time (the library's callers
 * `shift()` the array they get). The Argument objects themselves are immutable.
 */
import * as dockerfileAst from 'dockerfile-ast';

type RawArgs = () => dockerfileAst.Argument[];
const proto = dockerfileAst.Instruction.prototype as unknown as { getRawArguments: RawArgs; __shipshapeMemo?: true };

if (!proto.__shipshapeMemo) {
  const scan = proto.getRawArguments;
  const memo = new WeakMap<object, dockerfileAst.Argument[]>();
  proto.getRawArguments = function memoised(this: object): dockerfileAst.Argument[] {
    let args = memo.get(this);
    if (!args) {
      args = scan.call(this);
      memo.set(this, args);
    }
    return args.slice();
  };
  proto.__shipshapeMemo = true;
}

export const { DockerfileParser } = dockerfileAst;
