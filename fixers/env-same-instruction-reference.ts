/** env-same-instruction-reference: the ENV is split before the pair that holds the reference. */
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer = (finding, { source }) => {
  const { splitStart, splitEnd, keyword } = finding.data;
  if (typeof splitStart !== 'number' || typeof splitEnd !== 'number' || typeof keyword !== 'string') return null;
  return {
    title: `Split the ENV so the reference sees the new value`,
    applicability: 'unsafe',
    edits: [{ start: splitStart, end: splitEnd, text: `${source.eol}${keyword} ` }],
  };
};
