/** multiple-cmd-entrypoint-healthcheck: the overridden instruction is deleted. */
import type { Fixer } from '../src/engine/types.js';
import { removeInstructionLines } from './lib/edits.js';

export const fix: Fixer = (finding, { source }) => {
  const inst = source.instructions.find((i) => i.start === finding.start);
  const edit = inst ? removeInstructionLines(source, inst) : null;
  if (!edit) return null;
  return { title: `Delete the overridden \`${inst?.keywordText}\``, applicability: 'unsafe', edits: [edit] };
};
