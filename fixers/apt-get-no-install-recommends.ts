/** apt-get-no-install-recommends: `--no-install-recommends` right after `install`. */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return { title: 'Add `--no-install-recommends`', applicability: 'unsafe', edits: [insertAfter({ end: insertAt }, '--no-install-recommends')] };
};
