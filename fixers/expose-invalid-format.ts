/** expose-invalid-format: only the container port and protocol are kept. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { text } = finding.data;
  if (typeof text !== 'string') return null;
  return { title: `Expose \`${text}\` only`, applicability: 'safe', edits: [replace(finding, text)] };
};
