/**
 * Where a Dockerfile names its stages: the `AS name` of each FROM, and the references to a
 * stage in `FROM <stage>`, `COPY --from=<stage>` and `RUN --mount=from=<stage>`. BuildKit
 * lower-cases stage names and looks them up without regard to case.
 */
import type { Instruction, SourceFile, Stage } from '../../src/engine/source.js';

export interface StageNameWord {
  readonly stage: Stage;
  /** The name as written after AS. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface StageReference {
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
    const word = stage.name === null ? undefined : stage.from.args[2];
    if (word && stage.name !== null) out.push({ stage, value: word.value, start: word.start, end: word.end });
  }
  return out;
}

export interface StageReferences {
  /** References written without variables. */
  readonly fixed: StageReference[];
  /** References whose text holds a variable: which stage they name is only known at build time. */
  readonly dynamic: StageReference[];
}

/** Every reference to a stage by name (numeric `--from=0` indexes are not names). ONBUILD triggers run in another build and are left out. */
export function stageReferences(source: SourceFile): StageReferences {
  const fixed: StageReference[] = [];
  const dynamic: StageReference[] = [];
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
