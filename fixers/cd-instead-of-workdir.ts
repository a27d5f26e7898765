/** cd-instead-of-workdir: `RUN cd /x && make` becomes `WORKDIR /x` + `RUN make`. */
import type { Fixer } from '../src/engine/types.js';
import { insertLinesBefore, keywordLike } from './lib/edits.js';
import { instructionAt } from './lib/instruction-at.js';

export const fix: Fixer = (finding, { source }) => {
  const { dir, cdStart, restStart, leaks } = finding.data;
  const run = instructionAt(source, finding.data.run);
  if (!run || typeof dir !== 'string' || typeof cdStart !== 'number' || typeof restStart !== 'number') return null;
  return {
    title: `Set \`WORKDIR ${dir}\` above the RUN instead of \`cd\``,
    applicability: leaks === false ? 'safe' : 'unsafe',
    edits: [insertLinesBefore(source, run, [`${keywordLike(source, run.keywordText, 'WORKDIR')} ${dir}`]), { start: cdStart, end: restStart, text: '' }],
  };
};
