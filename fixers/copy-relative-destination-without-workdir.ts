/** copy-relative-destination-without-workdir: the destination shown as the absolute path it is if the base works in `/`. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { path } = finding.data;
  if (typeof path !== 'string') return null;
  return { title: `Use the absolute destination \`${path}\` (if the base image works in \`/\`)`, applicability: 'display-only', edits: [replace(finding, path)] };
};
