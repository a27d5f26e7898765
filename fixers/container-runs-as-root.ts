/** container-runs-as-root: set `user:` to the non-root user the image offers, else 10001:10001. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const container = source.containers.find((c) => c.name === finding.data.container);
  const user = finding.data.user;
  if (!container || typeof user !== 'string') return null;
  const edits = container.editor.add('user', [user]);
  return edits ? { title: `Run as \`${user}\``, applicability: 'unsafe', edits } : null;
};
