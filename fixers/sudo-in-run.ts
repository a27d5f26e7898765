/** sudo-in-run: removes `sudo` and its options, leaving the command it ran. */
import type { Fixer } from '../src/engine/types.js';
import { removeWords } from './lib/edits.js';

export const fix: Fixer = (finding, { source }) => {
  const { remove, safe } = finding.data;
  if (!Array.isArray(remove) || remove.length === 0) return null;
  const words = remove.filter((r): r is { start: number; end: number } => typeof r?.start === 'number' && typeof r?.end === 'number');
  return { title: 'Remove `sudo`', applicability: safe === true ? 'safe' : 'display-only', edits: removeWords(source, words) };
};
