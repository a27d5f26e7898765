/** container-host-namespace: say what to remove (never applied). */
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document> = (finding) => ({ title: `Remove \`${String(finding.data.setting)}: host\``, applicability: 'display-only', edits: [] });
