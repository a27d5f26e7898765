/** container-sensitive-mount: say what to remove (never applied). */
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document> = (finding) => ({ title: `Remove the mount of \`${String(finding.data.path)}\``, applicability: 'display-only', edits: [] });
