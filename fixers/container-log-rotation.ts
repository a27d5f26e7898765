/** container-log-rotation: add `max-size`/`max-file` log options. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';
import { ROTATION } from '../rules/container-log-rotation.js';

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const c = source.containers.find((x) => x.name === finding.data.container);
  if (!c) return null;
  const missing = ROTATION.filter((o) => !c.logOptions.has(o.slice(0, o.indexOf('='))));
  const edits = c.editor.add('logging', missing);
  if (!edits) return null;
  // Adding a section pins the json-file driver, which overrides a default set in daemon.json.
  return { title: 'Rotate logs at 10 MB, keeping 3 files', applicability: finding.data.section ? 'safe' : 'unsafe', edits };
};
