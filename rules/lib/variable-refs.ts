/**
 * Variable references (`$NAME`, `${NAME}`, `${NAME:-x}`) in Dockerfile-level text such as an
 * ENV or LABEL value, read the way the builder reads them: not inside single quotes, not
 * after the escape character, line continuations skipped. Offsets are file offsets.
 */
import type { SourceFile } from '../../src/engine/source.js';

export interface VariableRef {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

export function variableRefs(source: SourceFile, start: number, end: number): VariableRef[] {
  const text = source.text;
  const esc = source.escape;
  const refs: VariableRef[] = [];
  let single = false;
  let double = false;
  for (let i = start; i < end; i++) {
    const c = text[i] as string;
    if (single) {
      if (c === "'") single = false;
      continue;
    }
    if (c === esc) {
      i++;
      continue;
    }
    if (c === '"') double = !double;
    else if (c === "'" && !double) single = true;
    else if (c === '$') {
      const braced = text[i + 1] === '{';
      let j = braced ? i + 2 : i + 1;
      if (j >= end || !NAME_START.test(text[j] as string)) continue;
      const nameStart = j;
      while (j < end && NAME_CHAR.test(text[j] as string)) j++;
      const name = text.slice(nameStart, j);
      let refEnd = j;
      if (braced) {
        const close = text.indexOf('}', j);
        refEnd = close === -1 || close >= end ? end : close + 1;
      }
      refs.push({ name, start: i, end: refEnd });
      // A default inside `${X:-$Y}` is scanned on the next iterations.
      i = braced ? j - 1 : refEnd - 1;
    }
  }
  return refs;
}
