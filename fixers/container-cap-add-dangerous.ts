/** container-cap-add-dangerous: say which capability to remove (never applied). */
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document> = (finding) => ({ title: `Remove \`${String(finding.data.capability)}\` from \`cap_add\``, applicability: 'display-only', edits: [] });
