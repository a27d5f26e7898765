/** daemon-ip-all-interfaces: Set "ip": "127.0.0.1". */
import { setValue } from '../src/daemon/edits.js';
import type { DaemonFile } from '../src/daemon/model.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<DaemonFile> = (_finding, { source }) => {
  const edit = setValue(source, ['ip'], '127.0.0.1');
  return edit ? { title: 'Set "ip": "127.0.0.1"', applicability: 'unsafe', edits: [edit] } : null;
};
