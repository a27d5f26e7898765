/**
 * Stage names and what refers to them: the `AS name` of each FROM; what a `COPY --from`
 * resolves to (a stage, an image, nothing known); and every place a stage is named
 * (`FROM <stage>`, `COPY --from=<stage>`, `RUN --mount=from=<stage>`). BuildKit compares
 * stage names without regard to case.
 */
import type { Flag, Instruction, SourceFile, Stage } from '../../src/engine/source.js';

/** What a `COPY --from=<value>` names. */
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

export interface StageNameWord {
  readonly stage: Stage;
  /** The name as written after AS. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A place where a stage is named. */
export interface StageNameReference {
  /** The name as written. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly inst: Instruction;
}

/** The `AS name` word of each named stage. */
export function stageNameWords(source: SourceFile): StageNameWord[] {
  const out: StageNameWord[] = [];
  for (const stage of source.stages) {
    const word = stageNameWord(stage);
    if (word) out.push({ stage, value: word.value, start: word.start, end: word.end });
  }
  return out;
}

export interface StageReferences {
  /** References written without variables. */
  readonly fixed: StageNameReference[];
  /** References whose text holds a variable: which stage they name is only known at build time. */
  readonly dynamic: StageNameReference[];
}

/** Every reference to a stage by name (numeric `--from=0` indexes are not names). ONBUILD triggers run in another build and are left out. */
export function stageReferences(source: SourceFile): StageReferences {
  const fixed: StageNameReference[] = [];
  const dynamic: StageNameReference[] = [];
  const add = (inst: Instruction, value: string, start: number, end: number): void => {
    if (value === '' || /^\d+$/.test(value)) return;
    (value.includes('$') ? dynamic : fixed).push({ value, start, end, inst });
  };
  for (const stage of source.stages) {
    const image = stage.from.args[0];
    if (image) add(stage.from, image.value, image.start, image.end);
    for (const inst of stage.instructions) {
      if (inst.keyword === 'COPY') {
        const from = inst.flag('from');
        if (from?.value && from.valueRange) add(inst, from.value, from.valueRange.start, from.valueRange.end);
      } else if (inst.keyword === 'RUN') {
        for (const flag of inst.flags) {
          if (flag.name.toLowerCase() !== 'mount' || !flag.value || !flag.valueRange) continue;
          // Only when the flag's text is written as is (no quotes, no continuation inside).
          if (source.text.slice(flag.valueRange.start, flag.valueRange.end) !== flag.value) continue;
          let at = 0;
          for (const field of flag.value.split(',')) {
            const eq = field.indexOf('=');
            if (eq !== -1 && field.slice(0, eq).trim().toLowerCase() === 'from') {
              const valueStart = flag.valueRange.start + at + eq + 1;
              add(inst, field.slice(eq + 1), valueStart, valueStart + field.length - eq - 1);
            }
            at += field.length + 1;
          }
        }
      }
    }
  }
  return { fixed, dynamic };
}
