/** container-privileged: say what to remove (never applied). */
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document> = () => ({ title: 'Remove `privileged: true`', applicability: 'display-only', edits: [] });
