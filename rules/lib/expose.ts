/** The port words of EXPOSE, split the way BuildKit's port-spec parser splits them. */
import type { Instruction, SourceFile } from '../../src/engine/source.js';

export interface PortSpec {
  /** The word as written, and its range. */
  readonly written: string;
  readonly start: number;
  readonly end: number;
  /** The word with variables filled in. */
  readonly value: string;
  /** False when the word holds a variable (no rewrite is exact then). */
  readonly literal: boolean;
  /** `[ip:]hostPort:` before the container port, or '' when none. */
  readonly mapping: string;
  /** The container port (`80`, `8000-8010`). */
  readonly port: string;
  /** The protocol after `/`, as written, or null. */
  readonly proto: string | null;
}

function split(value: string): Pick<PortSpec, 'mapping' | 'port' | 'proto'> {
  const colon = value.lastIndexOf(':');
  const container = value.slice(colon + 1);
  const slash = container.indexOf('/');
  return {
    mapping: value.slice(0, colon + 1),
    port: slash === -1 ? container : container.slice(0, slash),
    proto: slash === -1 ? null : container.slice(slash + 1),
  };
}

/** The port specs of every EXPOSE (ONBUILD triggers included); words whose variables have no value are skipped. */
export function* exposedPorts(source: SourceFile): Iterable<PortSpec & { inst: Instruction }> {
  for (const inst of source.allInstructions()) {
    if (inst.keyword !== 'EXPOSE') continue;
    for (const word of inst.args) {
      const literal = !word.value.includes('$');
      const resolved = literal ? { value: word.value, complete: true } : source.resolve(word.value, inst);
      if (!resolved.complete) continue;
      yield { inst, written: word.value, start: word.start, end: word.end, value: resolved.value, literal, ...split(resolved.value) };
    }
  }
}
