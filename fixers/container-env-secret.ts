/** container-env-secret: say where the secret should go (never applied). */
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document> = (finding) => ({ title: `Move \`${String(finding.data.name)}\` to a Compose secret (and rotate it)`, applicability: 'display-only', edits: [] });
