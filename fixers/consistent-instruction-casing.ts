/** consistent-instruction-casing: the keyword is rewritten in the file's majority casing. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { keyword } = finding.data;
  if (typeof keyword !== 'string') return null;
  return { title: `Write \`${keyword}\``, applicability: 'safe', edits: [replace(finding, keyword)] };
};
