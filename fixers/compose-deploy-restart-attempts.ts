/** compose-deploy-restart-attempts: add `max_attempts: 5` to the restart policy. */
import type { ComposeFile } from '../src/compose/model.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<ComposeFile> = (finding, { source }) => {
  const c = source.containers.find((x) => x.name === finding.data.container);
  const edits = c?.editor.add('deploy.restart_policy.max_attempts', ['5']) ?? null;
  return edits ? { title: 'Give up after 5 restart attempts', applicability: 'unsafe', edits } : null;
};
