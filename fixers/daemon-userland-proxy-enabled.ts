/** daemon-userland-proxy-enabled: Set "userland-proxy": false. */
import { setValue } from '../src/daemon/edits.js';
import type { DaemonFile } from '../src/daemon/model.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<DaemonFile> = (_finding, { source }) => {
  const edit = setValue(source, ['userland-proxy'], false);
  return edit ? { title: 'Set "userland-proxy": false', applicability: 'unsafe', edits: [edit] } : null;
};
