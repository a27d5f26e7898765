/** compose-port-all-interfaces: bind the published port to 127.0.0.1. */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ComposeFile } from '../src/compose/model.js';
import { nodeRange } from '../src/compose/model.js';
import type { Fixer } from '../src/engine/types.js';
import { addToMap, prefixScalar } from '../src/compose/edits.js';

/** The port entry a finding points into (the scalar itself, or the long-syntax mapping). */
function entryAt(source: ComposeFile, start: number): Node | null {
  for (const service of source.services) {
    const ports = service.get('ports')?.value;
    if (!isSeq(ports)) continue;
    for (const raw of ports.items) {
      const item = source.resolveAlias(raw as Node);
      if (!item?.range) continue;
      const r = item.range as number[];
      if ((r[0] as number) <= start && start < (r[2] as number)) return item;
    }
  }
  return null;
}

export const fix: Fixer<ComposeFile> = (finding, { source }) => {
  const entry = entryAt(source, finding.start);
  if (!entry) return null;
  const title = 'Bind the port to 127.0.0.1';
  if (isScalar(entry)) {
    const { prefix, replaceHost } = finding.data;
    if (typeof prefix === 'string') {
      const edit = prefixScalar(source, entry, prefix);
      return edit ? { title, applicability: 'unsafe', edits: [edit] } : null;
    }
    if (typeof replaceHost === 'string') {
      const { start } = nodeRange(entry);
      const quoted = source.text[start] === '"' || source.text[start] === "'";
      const at = quoted ? start + 1 : start;
      if (source.text.slice(at, at + replaceHost.length) !== replaceHost) return null;
      return { title, applicability: 'unsafe', edits: [{ start: at, end: at + replaceHost.length, text: '127.0.0.1' }] };
    }
    return null;
  }
  if (isMap(entry)) {
    const hostIp = entry.get('host_ip', true);
    if (isScalar(hostIp)) return { title, applicability: 'unsafe', edits: [{ ...nodeRange(hostIp), text: '127.0.0.1' }] };
    const edit = addToMap(source, entry as YAMLMap, ['host_ip: 127.0.0.1']);
    return edit ? { title, applicability: 'unsafe', edits: [edit] } : null;
  }
  return null;
};
