/** Edits for a `Removal` (rules/lib/removal.ts): words, one bundle letter, or whole instruction lines. */
import type { SourceFile } from '../../src/engine/source.js';
import type { Applicability, Edit, Fix } from '../../src/engine/types.js';
import { removeWords } from './edits.js';

interface Range {
  start: number;
  end: number;
}

function isRange(value: unknown): value is Range {
  const r = value as Partial<Range> | null;
  return typeof r?.start === 'number' && typeof r.end === 'number';
}

/** Deletes the lines an instruction spans (the line break after it included). */
export function removeInstructionLines(source: SourceFile, range: Range): Edit {
  const first = source.lines.lineOf(range.start);
  const last = source.lines.lineOf(range.end);
  const start = source.lines.lineStart(first);
  const contentEnd = source.lines.lineContentEnd(last);
  const end = contentEnd >= source.text.length ? source.text.length : source.lines.lineStart(last + 1);
  return { start, end, text: '' };
}

/** The fix for a finding whose data holds a `Removal`, or null when it holds none. */
export function removalFix(source: SourceFile, data: Readonly<Record<string, unknown>>, title: string, applicability: Applicability): Fix | null {
  const edits: Edit[] = [];
  if (isRange(data.instruction)) edits.push(removeInstructionLines(source, data.instruction));
  if (typeof data.letter === 'number') edits.push({ start: data.letter, end: data.letter + 1, text: '' });
  if (Array.isArray(data.remove)) edits.push(...removeWords(source, data.remove.filter(isRange)));
  if (edits.length === 0) return null;
  return { title, applicability: data.displayOnly === true ? 'display-only' : applicability, edits };
}
