/** The `name=value` properties of ENV, ARG and LABEL instructions, with file ranges (read once by the model). */
import type { Instruction, Property } from '../../src/engine/source.js';

export type { Property } from '../../src/engine/source.js';

/** The properties of an ENV, ARG or LABEL (ONBUILD triggers included); empty for other instructions. */
export function propertiesOf(inst: Instruction): readonly Property[] {
  return inst.properties;
}
