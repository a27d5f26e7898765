/** image-tag-missing: shows where a version tag goes, with a placeholder; never applied. */
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer = (finding) => {
  const image = finding.data.image;
  if (typeof image !== 'string') return null;
  return {
    title: `Pin a version: FROM ${image}:<version>`,
    applicability: 'display-only',
    edits: [{ start: finding.end, end: finding.end, text: ':<version>' }],
  };
};
