/** container-image-unpinned: show the image with a `<version>` placeholder (never applied). */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const c = source.containers.find((x) => x.name === finding.data.container);
  const image = `${String(finding.data.image)}:<version>`;
  const edit = c?.image ? c.editor.replace(c.image, image) : null;
  return { title: `Pin a version: \`${image}\``, applicability: 'display-only', edits: edit ? [edit] : [] };
};
