/**
 * system-upgrade-in-run: a RUN upgrades every installed package (`apt-get upgrade`,
 * `apk upgrade`, `dnf upgrade`), so what the image contains depends on the day it was built.
 */
import type { Rule } from '../src/engine/types.js';
import { runCommands } from './lib/shell.js';
import { entryOf } from '../src/engine/text.js';

/** Subcommands that upgrade every installed package, per tool. dist-upgrade is DL3005's (hadolint) business. */
const UPGRADES: Readonly<Record<string, ReadonlySet<string>>> = {
  'apt-get': new Set(['upgrade']),
  apt: new Set(['upgrade', 'full-upgrade']),
  aptitude: new Set(['upgrade', 'safe-upgrade', 'full-upgrade']),
  apk: new Set(['upgrade']),
  yum: new Set(['update', 'upgrade']),
  dnf: new Set(['update', 'upgrade']),
  dnf5: new Set(['update', 'upgrade']),
  microdnf: new Set(['update', 'upgrade']),
  tdnf: new Set(['update', 'upgrade']),
  zypper: new Set(['update', 'up']),
};

/** Options of these tools whose value is the next word (so it is not read as the subcommand). */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(['-o', '-c', '-t', '-X', '-p', '--repository', '--root', '--setopt', '--config', '--releasever', '--installroot', '--exclude', '-x', '--repo', '--enablerepo', '--disablerepo', '--option', '--target-release']);

export const rule: Rule = {
  meta: {
    name: 'system-upgrade-in-run',
    aliases: [
      'dockerfile.best-practice.avoid-apt-get-upgrade.avoid-apt-get-upgrade',
      'dockerfile.best-practice.avoid-apk-upgrade.avoid-apk-upgrade',
      'dockerfile.best-practice.avoid-yum-update.avoid-yum-update',
      'dockerfile.best-practice.avoid-dnf-update.avoid-dnf-update',
      'dockerfile.best-practice.avoid-zypper-update.avoid-zypper-update',
      'DL3017',
      'DL3031',
      'DL3039',
    ],
    severity: 'info',
    category: 'best-practice',
    summary: 'Upgrade packages by updating the base image, not in RUN',
    fix: null,
    defaultEnabled: false,
    docs: {
      whatItDoes:
        'Reports whole-system upgrades in RUN (ONBUILD triggers, `sudo` included): `apt-get upgrade`, `apt upgrade`/`full-upgrade`, `aptitude upgrade`/`safe-upgrade`/`full-upgrade`, `apk upgrade`, `yum`/`dnf`/`microdnf`/`tdnf` `update` or `upgrade`, and `zypper update`, when no package is named (naming packages upgrades just those). `dist-upgrade` is left to the rule for hadolint\'s DL3005 (and `zypper dist-upgrade` to DL3035). Off by default, and not a security finding: hadolint dropped these checks (DL3017, DL3031, DL3039 were removed, DL3005 was narrowed to dist-upgrade) because Docker and OWASP now recommend applying security updates at build time when the base image lags. Turn it on if your team pins and refreshes base images instead.',
      whyItMatters:
        'An upgrade makes the image depend on the day it was built: two builds of the same commit can differ, a cached layer keeps old packages while a fresh build gets new ones, and an upgrade can pull in a change the base image maintainers held back. Teams that rebuild from frequently updated, pinned base images get the same fixes reproducibly.',
      example: 'FROM debian:12-slim\nRUN apt-get update && apt-get upgrade -y && apt-get install -y --no-install-recommends curl\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      fix: 'None: removing a command from a chain of `&&` is left to you, and whether to drop the upgrade is a policy choice (see above).',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const program = command.program;
      const subs = program ? entryOf(UPGRADES, program.name) : undefined;
      if (!program || !subs) continue;
      const args = program.args;
      let i = 0;
      while (i < args.length && (args[i]?.value ?? '').startsWith('-')) i += VALUE_OPTIONS.has(args[i]?.value ?? '') ? 2 : 1;
      const sub = args[i];
      if (!sub?.value || !subs.has(sub.value)) continue;
      // `dnf upgrade curl` upgrades the packages named, not the system.
      if (args.slice(i + 1).some((w) => !(w.value ?? '').startsWith('-'))) continue;
      report({ start: program.word.start, end: sub.end, message: `\`${program.name} ${sub.value}\` upgrades every package at build time: rebuild from an updated base image instead` });
    }
  },
};
