/** useradd-without-no-log-init: `-l` right after `useradd`. */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return { title: 'Add `-l` (`--no-log-init`)', applicability: 'safe', edits: [insertAfter({ end: insertAt }, '-l')] };
};
