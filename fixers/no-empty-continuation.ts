/** no-empty-continuation: the empty lines are deleted. */
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer = (finding) => {
  const { lines } = finding.data;
  if (!Array.isArray(lines)) return null;
  return {
    title: 'Delete the empty continuation lines',
    applicability: 'safe',
    edits: (lines as { start: number; end: number }[]).map((l) => ({ start: l.start, end: l.end, text: '' })),
  };
};
