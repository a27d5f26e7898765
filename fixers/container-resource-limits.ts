/** container-resource-limits: show the missing limits with placeholders (never applied). */
import type { ContainerSource, SettingName } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Edit, Fixer } from '../src/engine/types.js';

const PLACEHOLDERS: Readonly<Partial<Record<SettingName, string>>> = { mem_limit: '<memory>', cpus: '<cpus>', pids_limit: '<pids>' };

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const c = source.containers.find((x) => x.name === finding.data.container);
  const missing = finding.data.missing as readonly SettingName[] | undefined;
  if (!c || !missing) return null;
  const edits: Edit[] = [];
  for (const setting of missing) {
    const added = c.editor.add(setting, [PLACEHOLDERS[setting] ?? '']);
    if (added) edits.push(...added);
  }
  return { title: `Set ${missing.map((m) => `\`${m}\``).join(', ')} (values to choose)`, applicability: 'display-only', edits };
};
