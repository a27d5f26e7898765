/** zypper-missing-non-interactive: the global `-n` right after `zypper`. */
import type { Fixer } from '../src/engine/types.js';
import { insertOptionFixer } from './lib/factories.js';

export const fix: Fixer = insertOptionFixer('-n');
