/**
 * unused-suppression: an ignore comment that silences nothing. The engine produces these
 * findings after all rules ran (src/engine/linter.ts); this file holds the rule's meta.
 */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'unused-suppression',
    aliases: [],
    severity: 'info',
    category: 'correctness',
    summary: 'An ignore comment silences no finding',
    fix: null,
    defaultEnabled: false,
    docs: {
      whatItDoes:
        'Reports `# shipshape ignore=...` and `# hadolint ignore=...` comments (line and global forms) naming a rule that ran and found nothing where the comment applies. Rules that did not run (off in config, or outside `--select`) are not reported. Off by default: turn it on in config (`unused-suppression: on`) to clean up.',
      whyItMatters:
        'A suppression that outlived its finding hides the next real problem on that line, and it tells readers a risk exists where none does. Ruff and ESLint report unused suppressions for the same reason.',
      example: 'FROM alpine:3.20\n# shipshape ignore=maintainer-deprecated\nLABEL maintainer="a@example.com"\n',
      exampleFixed: 'FROM alpine:3.20\nLABEL maintainer="a@example.com"\n',
      fix: 'None: removing a comment is the user\'s call (the comment may carry a reason worth keeping).',
    },
  },
  check() {
    // Findings come from the engine after every rule ran.
  },
};
