/** container-docker-socket: say what to remove (never applied). */
import type { Document } from '../src/engine/document.js';
import type { Fixer } from '../src/engine/types.js';

export const fix: Fixer<Document> = () => ({ title: 'Remove the socket mount', applicability: 'display-only', edits: [] });
