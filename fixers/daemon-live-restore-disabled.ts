/** daemon-live-restore-disabled: Set "live-restore": true. */
import { setValue } from '../src/daemon/edits.js';
import type { DaemonFile } from '../src/daemon/model.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<DaemonFile> = (_finding, { source }) => {
  const edit = setValue(source, ['live-restore'], true);
  return edit ? { title: 'Set "live-restore": true', applicability: 'unsafe', edits: [edit] } : null;
};
