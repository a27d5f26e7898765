/** wget-without-progress: `--progress=dot:giga` right after `wget`, as safe as the rule found it. */
import type { Fixer } from '../src/engine/types.js';
import { insertAfter } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { insertAt, applicability } = finding.data;
  if (typeof insertAt !== 'number') return null;
  return {
    title: 'Add `--progress=dot:giga`',
    applicability: applicability === 'safe' || applicability === 'display-only' ? applicability : 'unsafe',
    edits: [insertAfter({ end: insertAt }, '--progress=dot:giga')],
  };
};
