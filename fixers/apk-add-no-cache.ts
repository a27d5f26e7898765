/** apk-add-no-cache: `--no-cache` right after `add`. */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return { title: 'Add `--no-cache`', applicability: 'safe', edits: [insertAfter({ end: insertAt }, '--no-cache')] };
};
