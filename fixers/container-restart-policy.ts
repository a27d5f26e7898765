/** container-restart-policy: replace the policy with `on-failure:5`. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const c = source.containers.find((x) => x.name === finding.data.container);
  const edit = c?.restart ? c.editor.replace(c.restart, 'on-failure:5') : null;
  return edit ? { title: 'Restart on failure, at most 5 times', applicability: 'unsafe', edits: [edit] } : null;
};
