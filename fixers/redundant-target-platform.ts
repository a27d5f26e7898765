/** redundant-target-platform: the flag is removed (its whole line when it stands alone on a continued line). */
import type { Fixer } from '../src/engine/types.js';
import { removeWord } from './lib/edits.js';

export const fix: Fixer = (finding, { source }) => {
  const lines = source.lines;
  const line = lines.lineOf(finding.start);
  const start = lines.lineStart(line);
  const rest = source.text.slice(finding.end, lines.lineContentEnd(line)).trim();
  const alone = line > lines.lineOf(source.instructions.find((i) => i.start <= finding.start && finding.end <= i.end)?.start ?? finding.start) && source.text.slice(start, finding.start).trim() === '' && rest === source.escape;
  return {
    title: 'Remove `--platform=$TARGETPLATFORM`',
    applicability: 'safe',
    edits: [alone ? { start, end: lines.lineStart(line + 1), text: '' } : removeWord(source, finding)],
  };
};
