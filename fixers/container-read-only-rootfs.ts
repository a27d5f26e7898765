/** container-read-only-rootfs: `read_only: true`, with a tmpfs for /tmp. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Edit, Fixer } from '../src/engine/types.js';
import { hasWritableTmp } from '../rules/container-read-only-rootfs.js';

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const c = source.containers.find((x) => x.name === finding.data.container);
  if (!c) return null;
  const readOnly = c.readOnly ? [c.editor.replace(c.readOnly, 'true')] : c.editor.add('read_only', ['true']);
  const tmp = hasWritableTmp(c) ? [] : c.editor.add('tmpfs', ['/tmp']);
  if (!readOnly || readOnly.some((e) => e === null) || !tmp) return null;
  const edits = [...(readOnly as Edit[]), ...tmp];
  return { title: hasWritableTmp(c) ? 'Set `read_only: true`' : 'Set `read_only: true` with a tmpfs for /tmp', applicability: 'unsafe', edits };
};
