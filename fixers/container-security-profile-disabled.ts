/** container-security-profile-disabled: say what to remove (never applied). */
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document> = (finding) => ({ title: `Remove the \`${String(finding.data.option)}\` security option`, applicability: 'display-only', edits: [] });
