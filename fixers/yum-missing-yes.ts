/** yum-missing-yes: `-y` right after the subcommand. */
import type { Fixer } from '../src/engine/types.js';
import { insertOptionFixer } from './lib/factories.js';

export const fix: Fixer = insertOptionFixer('-y');
