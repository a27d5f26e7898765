/** The rule registry: every rule, one file each. Add new rules here (a meta test checks the list against the folder). */
import type { Rule } from '../src/engine/types.js';
import { rule as invalidSuppression } from './invalid-suppression.js';
import { rule as syntaxError } from './syntax-error.js';

export const rules: readonly Rule[] = [syntaxError, invalidSuppression];
