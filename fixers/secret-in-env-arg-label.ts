/** secret-in-env-arg-label: shows the secret mount to use instead (display-only, no edits). */
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer = (finding) => {
  const { id, name, keyword } = finding.data;
  if (typeof id !== 'string' || typeof name !== 'string') return null;
  const title =
    keyword === 'LABEL'
      ? 'Revoke the secret and remove the label'
      : `Remove \`${keyword} ${name}\` and mount the secret where it is used: \`RUN --mount=type=secret,id=${id},env=${name} <command>\` (or read \`$(cat /run/secrets/${id})\`), built with \`--secret id=${id},env=${name}\``;
  return { title, applicability: 'display-only', edits: [] };
};
