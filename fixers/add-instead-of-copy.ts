/** add-instead-of-copy: the ADD keyword becomes COPY, in the same casing; nothing else changes. */
import type { Fixer } from '../src/engine/types.js';
import { keywordLike, replace } from './lib/edits.js';

export const fix: Fixer = (finding, { source }) => {
  const written = finding.data.keyword;
  if (typeof written !== 'string') return null;
  return {
    title: 'Replace `ADD` with `COPY`',
    applicability: finding.data.mayUnpack === true ? 'unsafe' : 'safe',
    edits: [replace(finding, keywordLike(source, written, 'COPY'))],
  };
};
