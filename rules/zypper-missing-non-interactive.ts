/**
 * zypper-missing-non-interactive: zypper asks before changing packages; a build has nobody
 * to answer, so zypper aborts and the RUN fails.
 */
import type { Rule } from '../src/engine/types.js';
import { zypperCall } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

/** zypper subcommands that ask before changing packages. */
const PROMPTING: ReadonlySet<string> = new Set([
  'install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup', 'install-new-recommends', 'inr',
]);
/** The global `-n`/`--non-interactive`, or the subcommand's `-y`/`--no-confirm`. */
const NON_INTERACTIVE = ['-n', '--non-interactive', '-y', '--no-confirm'];

export const rule: Rule = {
  meta: {
    name: 'zypper-missing-non-interactive',
    aliases: ['DL3034'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Use `zypper -n` (non-interactive)',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports zypper commands that change packages (`install`, `remove`, `source-install`, `patch`, `update`, `dist-upgrade`, `install-new-recommends`, with their short forms) in a RUN (ONBUILD triggers and `sudo` included) without the global `-n`/`--non-interactive` or the subcommand\'s `-y`/`--no-confirm`.',
      whyItMatters:
        'zypper asks "Continue? [y/n/v/...? shows all options] (y)" before changing packages. Without a terminal it cannot read an answer and aborts, so the RUN fails; in non-interactive mode it takes the default answers instead.',
      example: 'FROM opensuse/leap:15.6\nRUN zypper install curl && zypper clean -a\n',
      exampleFixed: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a\n',
      fix: 'Inserts the global `-n` right after `zypper`, which works for every subcommand. Safe: it only answers prompts with their defaults (license prompts still need `--auto-agree-with-licenses`).',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = zypperCall(command, PROMPTING);
      if (!call || call.options.some((o) => NON_INTERACTIVE.includes(o.name))) continue;
      report({
        start: call.tool.start,
        end: call.sub.end,
        message: `\`zypper ${call.sub.value ?? ''}\` without \`-n\` stops at zypper's confirmation prompt and fails the build; add \`-n\``,
        data: { insertAt: call.tool.end },
      });
    }
  },
};
