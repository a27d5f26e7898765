/** container-no-new-privileges: add `no-new-privileges:true`, or turn an explicit false to true. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';
import { noNewPrivileges } from '../rules/container-no-new-privileges.js';

export const fix: Fixer<Document & ContainerSource> = (finding, { source }) => {
  const container = source.containers.find((c) => c.name === finding.data.container);
  if (!container) return null;
  const title = 'Set the no-new-privileges:true security option';
  const off = container.securityOpt.find((o) => noNewPrivileges(o.value) === false);
  if (off) {
    const edit = container.editor.replace(off, off.value.replace(/false$/i, 'true'));
    return edit ? { title, applicability: 'safe', edits: [edit] } : null;
  }
  const edits = container.editor.add('security_opt', ['no-new-privileges:true']);
  return edits ? { title, applicability: 'safe', edits } : null;
};
