/** docker-run-port-all-interfaces: bind the published port to 127.0.0.1. */
import type { Fixer } from '../src/engine/types.js';
import type { ScriptFile } from '../src/script/model.js';

export const fix: Fixer<ScriptFile> = (finding, { source }) => {
  const { spec, prefix, replaceHost } = finding.data;
  if (typeof spec !== 'string') return null;
  // The finding's range is the port value as written, in its quotes if it has them.
  const quote = source.text[finding.start];
  const at = quote === '"' || quote === "'" ? finding.start + 1 : finding.start;
  // The value must be written as it reads (no escapes in it), so offsets into it hold.
  if (source.text.slice(at, at + spec.length) !== spec) return null;
  const title = 'Bind the port to 127.0.0.1';
  if (typeof prefix === 'string') return { title, applicability: 'unsafe', edits: [{ start: at, end: at, text: prefix }] };
  if (typeof replaceHost === 'string' && spec.startsWith(replaceHost)) {
    return { title, applicability: 'unsafe', edits: [{ start: at, end: at + replaceHost.length, text: '127.0.0.1' }] };
  }
  return null;
};
