/** daemon-log-rotation-missing: add max-size (and max-file) to log-opts. */
import { setValues } from '../src/daemon/edits.js';
import type { DaemonFile } from '../src/daemon/model.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<DaemonFile> = (finding, { source }) => {
  const changes: [string[], string][] = [[['log-opts', 'max-size'], '10m']];
  if (finding.data.addMaxFile === true) changes.push([['log-opts', 'max-file'], '3']);
  const edit = setValues(source, changes);
  return edit ? { title: 'Rotate logs: max-size 10m, max-file 3', applicability: 'safe', edits: [edit] } : null;
};
