/** legacy-key-value-format: `ENV key value` becomes `ENV key=value`, quoting a value of several words. */
import type { SourceFile } from '../src/engine/source.js';
import type { Fixer } from '../src/engine/types.js';
import { replace } from './lib/edits.js';

/** Whether a raw value has blanks outside quotes (then it is several words in `key=value` form), or an unclosed quote. */
function hasBareBlank(source: SourceFile, raw: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === source.escape) i++;
    else if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ' ' || c === '\t') return true;
  }
  // An unclosed quote reads differently once the value is one word: treat it as several.
  return quote !== null;
}

export const fix: Fixer = (finding, { source }) => {
  const { nameEnd, valueStart, valueEnd } = finding.data;
  if (typeof nameEnd !== 'number' || typeof valueStart !== 'number' || typeof valueEnd !== 'number') return null;
  const raw = source.text.slice(valueStart, valueEnd);
  if (!hasBareBlank(source, raw)) {
    return { title: 'Use the `key=value` form', applicability: 'safe', edits: [replace({ start: nameEnd, end: valueStart }, '=')] };
  }
  // Inside double quotes `$` still expands, but quotes and the escape character would read differently.
  if (raw.includes('"') || raw.includes("'") || raw.includes(source.escape)) return null;
  return {
    title: 'Use the `key="value"` form',
    applicability: 'safe',
    edits: [replace({ start: nameEnd, end: valueStart }, '="'), replace({ start: valueEnd, end: valueEnd }, '"')],
  };
};
