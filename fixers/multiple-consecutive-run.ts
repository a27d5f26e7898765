/** multiple-consecutive-run: the RUN is joined onto the one before it with ` && ` and a line continuation. */
import type { Fixer } from '../src/engine/types.js';
import { indentOf } from './lib/edits.js';
import { instructionAt } from './lib/instruction-at.js';

export const fix: Fixer = (finding, { source }) => {
  const { joinStart, joinEnd, safety } = finding.data;
  const run = instructionAt(source, finding.start);
  if (!run || typeof joinStart !== 'number' || typeof joinEnd !== 'number' || (safety !== 'safe' && safety !== 'unsafe')) return null;
  const indent = `${indentOf(source, run)}    `;
  return {
    title: 'Join this RUN onto the one before it',
    applicability: safety,
    // The edit takes in the first RUN's last character, so the engine sees both instructions
    // touched and does not take the merge for a lost instruction.
    edits: [{ start: joinStart - 1, end: joinEnd, text: `${source.text[joinStart - 1] ?? ''} && ${source.escape}${source.eol}${indent}` }],
  };
};
