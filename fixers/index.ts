/** Fixers by rule name, one file each. */
import type { Fixer } from '../src/engine/types.js';

export const fixers: Readonly<Record<string, Fixer>> = {};
