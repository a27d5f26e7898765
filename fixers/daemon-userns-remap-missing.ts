/** daemon-userns-remap-missing: Set "userns-remap": "default". */
import { setValue } from '../src/daemon/edits.js';
import type { DaemonFile } from '../src/daemon/model.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<DaemonFile> = (_finding, { source }) => {
  const edit = setValue(source, ['userns-remap'], 'default');
  return edit ? { title: 'Set "userns-remap": "default"', applicability: 'unsafe', edits: [edit] } : null;
};
