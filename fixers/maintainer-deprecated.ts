/** maintainer-deprecated: `MAINTAINER text` becomes `LABEL maintainer="text"`. */
import type { Fixer } from '../src/engine/types.js';
import { keywordLike, quoted, replace } from './lib/edits.js';

export const fix: Fixer = (finding, { source }) => {
  const { keyword, value } = finding.data;
  if (typeof keyword !== 'string' || typeof value !== 'string') return null;
  return {
    title: 'Replace `MAINTAINER` with `LABEL maintainer=...`',
    applicability: 'safe',
    edits: [replace(finding, `${keywordLike(source, keyword, 'LABEL')} maintainer=${quoted(source, value)}`)],
  };
};
