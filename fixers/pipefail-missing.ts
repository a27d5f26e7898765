/** pipefail-missing: a SHELL line with `-o pipefail` before the first RUN that needs it. */
import type { Fixer } from '../src/engine/types.js';
import { execForm, insertLinesAbove, keywordLike } from './lib/edits.js';

export const fix: Fixer = (finding, { source }) => {
  const { shell, before } = finding.data;
  const inst = source.instructions.find((i) => i.start === before);
  if (!inst || !Array.isArray(shell) || !shell.every((w): w is string => typeof w === 'string')) return null;
  const line = `${keywordLike(source, inst.keywordText, 'SHELL')} ${execForm(shell)}`;
  return { title: `Add \`${line}\``, applicability: 'unsafe', edits: [insertLinesAbove(source, inst, [line])] };
};
