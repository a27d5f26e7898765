/** yum-cache-not-cleaned: the clean-up command appended to the end of the RUN. */
import type { Fixer } from '../src/engine/types.js';
import { appendCommandFixer } from './lib/factories.js';

export const fix: Fixer = appendCommandFixer;
