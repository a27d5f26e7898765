/** pip-no-cache-dir: `--no-cache-dir` right after `install`. */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return { title: 'Add `--no-cache-dir`', applicability: 'safe', edits: [insertAfter({ end: insertAt }, '--no-cache-dir')] };
};
