/** copy-destination-missing-slash: a `/` is appended to the destination. */
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer = (finding) => {
  const { at } = finding.data;
  if (typeof at !== 'number') return null;
  return { title: 'End the destination with `/`', applicability: 'safe', edits: [{ start: at, end: at, text: '/' }] };
};
