/** What a `COPY --from=<value>` names: a stage of this file (by name or index), an image, or nothing known. */
import type { Flag, Instruction, Stage } from '../../src/engine/source.js';

export type StageReference =
  /** A stage of this file, wherever it is (earlier, later or the COPY's own). */
  | { readonly kind: 'stage'; readonly stage: Stage }
  /** A stage index with no such stage. */
  | { readonly kind: 'missing-index'; readonly index: number }
  /** A word with `:`, `/` or `@`: only an image reference can look like that. */
  | { readonly kind: 'image' }
  /** A bare word that is no stage name: a Docker Hub image, or a misspelt stage. */
  | { readonly kind: 'unknown' }
  /** The value has a variable without a value. */
  | { readonly kind: 'unresolved' };

export interface CopyFrom {
  readonly flag: Flag;
  /** The value after ARG/ENV substitution. */
  readonly value: string;
  readonly ref: StageReference;
}

/** The `--from` of a COPY (ONBUILD triggers excluded: they name stages of another build). */
export function copyFrom(inst: Instruction): CopyFrom | null {
  if (inst.keyword !== 'COPY' || inst.parent) return null;
  const flag = inst.flag('from');
  if (!flag || flag.value === null || flag.value === '') return null;
  const resolved = inst.source.resolve(flag.value, inst);
  if (!resolved.complete) return { flag, value: resolved.value, ref: { kind: 'unresolved' } };
  return { flag, value: resolved.value, ref: stageReference(inst, resolved.value) };
}

function stageReference(inst: Instruction, value: string): StageReference {
  const stages = inst.source.stages;
  if (/^\d+$/.test(value)) {
    const stage = stages[Number(value)];
    return stage ? { kind: 'stage', stage } : { kind: 'missing-index', index: Number(value) };
  }
  // Stage names are case-insensitive to the builder.
  const lower = value.toLowerCase();
  const stage = stages.find((s) => s.name !== null && s.name.toLowerCase() === lower);
  if (stage) return { kind: 'stage', stage };
  return /[:/@]/.test(value) ? { kind: 'image' } : { kind: 'unknown' };
}

/** The `AS name` word of a FROM, or null. */
export function stageNameWord(stage: Stage): { start: number; end: number; value: string } | null {
  const args = stage.from.args;
  const as = args.findIndex((a, i) => i > 0 && a.value.toLowerCase() === 'as');
  const word = as === -1 ? undefined : args[as + 1];
  return word ?? null;
}
