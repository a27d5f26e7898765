/**
 * invalid-suppression: an ignore comment names a rule shipshape does not know. The engine
 * produces these findings while it reads suppressions; this file holds the rule's meta.
 */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'invalid-suppression',
    aliases: [],
    severity: 'warning',
    category: 'correctness',
    summary: 'An ignore comment names an unknown rule',
    fix: null,
    docs: {
      whatItDoes: 'Reports `# shipshape ignore=...` and `# hadolint ignore=...` comments that name a rule id shipshape does not know (hadolint DL and ShellCheck SC codes are always accepted).',
      whyItMatters: 'A misspelt rule id suppresses nothing, so the finding it was meant to silence still fails the build, or a later rename silently stops working.',
      example: 'FROM node:20\n# shipshape ignore=runs-as-rooot\nCMD ["node", "app.js"]\n',
      exampleFixed: 'FROM node:20\n# shipshape ignore=runs-as-root -- started by an init that drops privileges\nCMD ["node", "app.js"]\n',
      fix: 'None: the intended rule is not knowable.',
    },
  },
  check() {
    // Findings come from the engine's suppression pass (src/engine/suppressions.ts).
  },
};
