/** inline-ignore: a team policy of no ignore comments in Dockerfiles (off by default). */
import { collectSuppressions } from '../src/engine/suppressions.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'inline-ignore',
    aliases: ['DL1001'],
    severity: 'info',
    category: 'style',
    summary: 'Ignore comments in the Dockerfile are not allowed',
    fix: null,
    defaultEnabled: false,
    docs: {
      whatItDoes:
        'Reports every comment that suppresses findings for the next instruction: `# hadolint ignore=...` and `# shipshape ignore=...`. File-wide `global ignore` comments are not reported, as in hadolint. Off by default: turn it on to keep every exception in the config file.',
      whyItMatters: 'Ignore comments scattered through Dockerfiles are easy to add and hard to review; a team that wants exceptions in one reviewed place can forbid them.',
      example: 'FROM debian:12-slim\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      fix: 'None: removing the comment brings the suppressed findings back; move the exception to the config file instead.',
    },
  },
  check({ source, report }) {
    for (const s of collectSuppressions(source).list) {
      if (s.global) continue;
      report({ start: s.comment.start, end: s.comment.end, message: `\`# ${s.tool} ignore=\` comment: configure exceptions in the config file instead` });
    }
  },
};
