/** container-cap-drop-missing: drop every capability. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const c = source.containers.find((x) => x.name === finding.data.container);
  const edits = c?.editor.add('cap_drop', ['ALL']) ?? null;
  return edits ? { title: 'Drop all capabilities', applicability: 'unsafe', edits } : null;
};
