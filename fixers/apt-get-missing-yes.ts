/** apt-get-missing-yes: `-y` right after `install`. */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return { title: 'Add `-y`', applicability: 'safe', edits: [insertAfter({ end: insertAt }, '-y')] };
};
