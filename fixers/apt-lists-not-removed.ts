/** apt-lists-not-removed: ` && rm -rf /var/lib/apt/lists/*` at the end of the RUN. */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt, laterUse } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return {
    title: 'Remove the apt lists at the end of the RUN',
    // A later RUN that installs without updating would find no lists.
    applicability: laterUse === true ? 'display-only' : 'safe',
    edits: [insertAfter({ end: insertAt }, '&& rm -rf /var/lib/apt/lists/*')],
  };
};
