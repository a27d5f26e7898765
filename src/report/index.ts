/** Report formats by name (`--format`). Each reporter lives in its own file and only renders data. */
import { checkstyleReporter } from './checkstyle.js';
import { githubReporter } from './github.js';
import { gitlabReporter } from './gitlab.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { sarifReporter } from './sarif.js';
import { stylishReporter } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS: Readonly<Record<string, Reporter>> = {
  stylish: stylishReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  gitlab: gitlabReporter,
  checkstyle: checkstyleReporter,
  junit: junitReporter,
};
