/** undefined-var: the nearest defined name, shown but never applied. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { suggestion, nameStart, nameEnd } = finding.data;
  if (typeof suggestion !== 'string' || typeof nameStart !== 'number' || typeof nameEnd !== 'number') return null;
  return { title: `Use \`$${suggestion}\``, applicability: 'display-only', edits: [replace({ start: nameStart, end: nameEnd }, suggestion)] };
};
