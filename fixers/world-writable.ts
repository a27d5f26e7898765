/** world-writable: the mode without write for others. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const mode = finding.data.mode;
  if (typeof mode !== 'string') return null;
  return { title: `Use mode \`${mode}\` (no write for others)`, applicability: 'unsafe', edits: [replace(finding, mode)] };
};
