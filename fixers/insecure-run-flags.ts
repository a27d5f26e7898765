/** insecure-run-flags: removes the flag. */
import type { Fixer } from '../src/engine/types.js';
import { removalFix } from './lib/removal.js';

export const fix: Fixer = (finding, { source }) => {
  const { title } = finding.data;
  return typeof title === 'string' ? removalFix(source, finding.data, title, 'unsafe') : null;
};
