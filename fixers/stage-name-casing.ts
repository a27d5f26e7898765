/** stage-name-casing: the name and its references are lower-cased. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { name, references, dynamic } = finding.data;
  if (typeof name !== 'string' || !Array.isArray(references)) return null;
  const refs = references as { start: number; end: number }[];
  return {
    title: `Rename the stage \`${name}\`${refs.length ? ` and its ${refs.length} reference${refs.length === 1 ? '' : 's'}` : ''}`,
    applicability: dynamic === true ? 'unsafe' : 'safe',
    edits: [replace(finding, name), ...refs.map((r) => replace(r, name))],
  };
};
