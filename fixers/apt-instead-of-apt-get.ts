/** apt-instead-of-apt-get: `apt` -> `apt-get`/`apt-cache` (and `full-upgrade` -> `dist-upgrade`). */
import type { Edit, Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

function isEdit(value: unknown): value is Edit {
  return typeof value === 'object' && value !== null && typeof (value as Edit).start === 'number' && typeof (value as Edit).text === 'string';
}

export const fix: Fixer = (finding) => {
  const { tool, sub, safe } = finding.data;
  if (!isEdit(tool)) return null;
  const edits = [replace(tool, tool.text)];
  if (isEdit(sub)) edits.push(replace(sub, sub.text));
  return { title: `Use \`${tool.text.slice(tool.text.lastIndexOf('/') + 1)}\``, applicability: safe === true ? 'safe' : 'unsafe', edits };
};
