/** reserved-stage-name: another name for the stage, shown but never applied. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const { name } = finding.data;
  if (typeof name !== 'string') return null;
  return { title: `Rename this stage, e.g. to \`${name}\`, and update the references meant for it`, applicability: 'display-only', edits: [replace(finding, name)] };
};
