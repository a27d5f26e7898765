/** Edits for a `Removal` (rules/lib/removal.ts): words, one bundle letter, or whole instruction lines. */
import type { SourceFile } from '../../src/engine/source.js';
import type { Applicability, Edit, Fix } from '../../src/engine/types.js';
import { removeInstructionLines, removeWords } from './edits.js';

interface Range {
  start: number;
  end: number;
}

function isRange(value: unknown): value is Range {
  const r = value as Partial<Range> | null;
  return typeof r?.start === 'number' && typeof r.end === 'number';
}

/** The fix for a finding whose data holds a `Removal`, or null when it holds none. */
export function removalFix(source: SourceFile, data: Readonly<Record<string, unknown>>, title: string, applicability: Applicability): Fix | null {
  const edits: Edit[] = [];
  if (isRange(data.instruction)) {
    const lines = removeInstructionLines(source, data.instruction);
    if (!lines) return null;
    edits.push(lines);
  }
  if (typeof data.letter === 'number') edits.push({ start: data.letter, end: data.letter + 1, text: '' });
  if (Array.isArray(data.remove)) edits.push(...removeWords(source, data.remove.filter(isRange)));
  if (edits.length === 0) return null;
  return { title, applicability: data.displayOnly === true ? 'display-only' : applicability, edits };
}
