/** healthcheck-missing: shows a HEALTHCHECK line with a placeholder command (display-only). */
import type { Fixer } from '../src/engine/types.js';
import { insertLinesAfter, keyword } from './lib/edits.js';

export const fix: Fixer = (finding, { source }) => {
  const { after } = finding.data as { after?: { start: number; end: number } };
  const last = after ? source.instructions.find((i) => i.start === after.start) : undefined;
  if (!last) return null;
  const line = `${keyword(source, 'HEALTHCHECK')} --interval=30s --timeout=5s ${keyword(source, 'CMD')} <a command that exits 0 when the service is healthy>`;
  return { title: 'Add a HEALTHCHECK', applicability: 'display-only', edits: [insertLinesAfter(source, last, [line])] };
};
