/** daemon-no-new-privileges: Set "no-new-privileges": true. */
import { setValue } from '../src/daemon/edits.js';
import type { DaemonFile } from '../src/daemon/model.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<DaemonFile> = (_finding, { source }) => {
  const edit = setValue(source, ['no-new-privileges'], true);
  return edit ? { title: 'Set "no-new-privileges": true', applicability: 'safe', edits: [edit] } : null;
};
