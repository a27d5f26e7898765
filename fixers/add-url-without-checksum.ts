/** add-url-without-checksum: shows `--checksum=sha256:<digest>` after ADD (display-only: the digest is unknown). */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return { title: 'Add `--checksum=sha256:<digest>`', applicability: 'display-only', edits: [insertAfter({ end: insertAt }, '--checksum=sha256:<digest>')] };
};
