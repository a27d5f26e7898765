/** The `name=value` properties of ENV, ARG and LABEL instructions, with file ranges. */
import type * as ast from 'dockerfile-ast';
import type { Instruction } from '../../src/engine/source.js';

interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Property extends Range {
  readonly name: string;
  /** The value as the builder reads it (quotes and escapes removed), or null when none is given (`ARG NAME`). */
  readonly value: string | null;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
}

/** The properties of an ENV, ARG or LABEL (ONBUILD triggers included); empty for other instructions. */
const PROPERTIES = Symbol('properties');

export function propertiesOf(inst: Instruction): readonly Property[] {
  return inst.memo(PROPERTIES, () => readProperties(inst));
}

function readProperties(inst: Instruction): Property[] {
  const node = inst.node as Partial<ast.PropertyInstruction>;
  if (typeof node.getProperties !== 'function') return [];
  const source = inst.source;
  const range = (r: ReturnType<ast.Property['getRange']>): Range => ({ start: source.offsetOf(r.start), end: source.offsetOf(r.end) });
  return node.getProperties.call(inst.node).map((p) => {
    const valueRange = p.getValueRange();
    return { ...range(p.getRange()), name: p.getName(), value: p.getUnescapedValue(), nameRange: range(p.getNameRange()), valueRange: valueRange ? range(valueRange) : null };
  });
}
