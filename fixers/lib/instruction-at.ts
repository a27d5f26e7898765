/** Finding an instruction again from the offset a rule put in a finding's data. */
import type { Instruction, SourceFile } from '../../src/engine/source.js';

/** The instruction (ONBUILD triggers included) that starts at an offset. */
export function instructionAt(source: SourceFile, start: unknown): Instruction | null {
  if (typeof start !== 'number') return null;
  for (const inst of source.allInstructions()) if (inst.start === start) return inst;
  return null;
}
