/** expose-proto-casing: the protocol is lower-cased. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { text } = finding.data;
  if (typeof text !== 'string') return null;
  return { title: `Write \`${text}\``, applicability: 'safe', edits: [replace(finding, text)] };
};
