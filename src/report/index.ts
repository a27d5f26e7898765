/** Report formats by name (`--format`). Each reporter lives in its own file and only renders data. */
import { jsonReporter } from './json.js';
import { stylishReporter } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
};
