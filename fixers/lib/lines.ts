/** Edit builders that work on whole lines. */
import type { Instruction, SourceFile } from '../../src/engine/source.js';
import type { Edit } from '../../src/engine/types.js';

/**
 * Removes the lines an instruction occupies, line breaks included; null when another
 * instruction or text shares its first or last line.
 */
export function removeInstructionLines(source: SourceFile, inst: Instruction): Edit | null {
  const lines = source.lines;
  const first = lines.lineOf(inst.start);
  const last = lines.lineOf(inst.end);
  const start = lines.lineStart(first);
  const after = source.text.slice(inst.end, lines.lineContentEnd(last));
  if (source.text.slice(start, inst.start).trim() !== '' || after.trim() !== '') return null;
  const end = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : source.text.length;
  return { start, end, text: '' };
}
