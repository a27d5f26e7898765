/**
 * dnf-missing-yes: dnf asks "Is this ok [y/N]" before changing packages; a build has
 * nobody to answer, so dnf takes the default, No, and the RUN fails.
 */
import type { Rule } from '../src/engine/types.js';
import { dnfCall, rpmAssumesYes, rpmChangesPackages } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

/** dnf subcommands (dnf 4 and dnf5) that ask before changing packages. */
const PROMPTING: ReadonlySet<string> = new Set([
  'install', 'in', 'localinstall', 'groupinstall', 'reinstall', 'rei', 'downgrade', 'remove', 'rm', 'erase', 'groupremove', 'update',
  'upgrade', 'up', 'upgrade-minimal', 'update-minimal', 'distro-sync', 'dsync', 'autoremove', 'swap', 'group', 'module',
]);

export const rule: Rule = {
  meta: {
    name: 'dnf-missing-yes',
    aliases: ['DL3038'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Use `dnf install -y`',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports dnf (and dnf5) commands that change packages (`install`, `reinstall`, `remove`, `upgrade`, `downgrade`, `distro-sync`, `autoremove`, `swap`, `group install`-like and `module install`-like actions, with their short forms) in a RUN (ONBUILD triggers and `sudo` included) without `-y`, `--assumeyes` or `--setopt=assumeyes=1`. hadolint checks only the install subcommands. microdnf does not prompt and is not checked.',
      whyItMatters:
        'Before changing anything, dnf asks "Is this ok [y/N]". In a build there is no terminal to answer, so dnf reads end of input, takes No, and exits with "Operation aborted": the RUN fails.',
      example: 'FROM fedora:40\nRUN dnf install git && dnf clean all\n',
      exampleFixed: 'FROM fedora:40\nRUN dnf install -y git && dnf clean all\n',
      fix: 'Inserts `-y` right after the subcommand. Safe: `-y` only answers the confirmation prompt.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = dnfCall(command, PROMPTING);
      if (!call || !rpmChangesPackages(call) || rpmAssumesYes(call)) continue;
      // `group install`, `module install`: the option goes after the action.
      const last = call.sub.value === 'group' || call.sub.value === 'module' ? (call.operands[0] ?? call.sub) : call.sub;
      report({
        start: call.tool.start,
        end: last.end,
        message: `\`${call.name} ${call.sub.value ?? ''}${last === call.sub ? '' : ` ${last.value ?? ''}`}\` without \`-y\` stops at dnf's confirmation prompt and fails the build; add \`-y\``,
        data: { insertAt: last.end },
      });
    }
  },
};
