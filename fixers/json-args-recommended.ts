/** json-args-recommended: a shell-form command whose words are exact becomes a JSON array. */
import type { Fixer } from '../src/engine/types.js';
import { execForm, replace } from './lib/edits.js';

export const fix: Fixer = (finding) => {
  const words = finding.data.words;
  if (!Array.isArray(words) || !words.every((w): w is string => typeof w === 'string')) return null;
  const json = execForm(words);
  return { title: `Use exec form: ${json}`, applicability: 'unsafe', edits: [replace(finding, json)] };
};
