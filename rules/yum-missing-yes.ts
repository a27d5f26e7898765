/**
 * yum-missing-yes: yum asks "Is this ok [y/N]" before changing packages; a build has
 * nobody to answer, so yum takes the default, No, and the RUN fails.
 */
import type { Rule } from '../src/engine/types.js';
import { rpmAssumesYes, rpmChangesPackages, yumCall } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

/** yum subcommands that ask before changing packages. */
const PROMPTING: ReadonlySet<string> = new Set([
  'install', 'localinstall', 'groupinstall', 'reinstall', 'downgrade', 'remove', 'erase', 'groupremove', 'update', 'upgrade',
  'update-to', 'upgrade-to', 'groupupdate', 'distro-sync', 'distribution-synchronization', 'autoremove', 'swap', 'group', 'module',
]);

export const rule: Rule = {
  meta: {
    name: 'yum-missing-yes',
    aliases: ['DL3030'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Use `yum install -y`',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports yum commands that change packages (`install`, `localinstall`, `groupinstall`, `reinstall`, `remove`, `update`, `downgrade`, `distro-sync`, `autoremove`, `swap`, `group install`-like and `module install`-like actions) in a RUN (ONBUILD triggers and `sudo` included) without `-y`, `--assumeyes` or `--setopt=assumeyes=1`. hadolint checks only the three install subcommands; `yum remove` and `yum update` prompt just the same.',
      whyItMatters:
        'Before changing anything, yum asks "Is this ok [y/N]". In a build there is no terminal to answer, so yum reads end of input, takes No, and exits with "Operation aborted": the RUN fails, or, if a `|| true` hides it, the packages are silently missing.',
      example: 'FROM centos:7\nRUN yum install httpd && yum clean all\n',
      exampleFixed: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
      fix: 'Inserts `-y` right after the subcommand. Safe: `-y` only answers the confirmation prompt.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = yumCall(command, PROMPTING);
      if (!call || !rpmChangesPackages(call) || rpmAssumesYes(call)) continue;
      // `group install`, `module install`: the option goes after the action.
      const last = call.sub.value === 'group' || call.sub.value === 'module' ? (call.operands[0] ?? call.sub) : call.sub;
      report({
        start: call.tool.start,
        end: last.end,
        message: `\`yum ${call.sub.value ?? ''}${last === call.sub ? '' : ` ${last.value ?? ''}`}\` without \`-y\` stops at yum's confirmation prompt and fails the build; add \`-y\``,
        data: { insertAt: last.end },
      });
    }
  },
};
