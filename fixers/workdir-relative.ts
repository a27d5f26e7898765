/** workdir-relative: the relative path becomes the absolute path it stands for. */
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';
import { entryOf } from '../src/engine/text.js';

const TITLES: Readonly<Record<string, (path: string) => string>> = {
  file: (path) => `Use the absolute path \`${path}\``,
  root: (path) => `Use an absolute path: \`${path}\` if the base image works in \`/\``,
  variable: (path) => `Use an absolute path such as \`${path}\``,
};

export const fix: Fixer = (finding) => {
  const { path, basis } = finding.data;
  const title = typeof basis === 'string' ? entryOf(TITLES, basis) : undefined;
  if (typeof path !== 'string' || !title) return null;
  return { title: title(path), applicability: basis === 'file' ? 'safe' : 'display-only', edits: [replace(finding, path)] };
};
