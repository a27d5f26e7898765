/**
 * apt-get-unpinned: `apt-get install curl` installs whatever version the mirror has that
 * day, so two builds of the same file can differ.
 */
import type { Rule } from '../src/engine/types.js';
import { aptGetCall } from './lib/packages.js';
import { unpinnedPackages, unpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install']);

/** `curl=7.88.1-10`, `curl=7.88*`, a release (`curl/bookworm-backports`), or a local `.deb` file. */
function isPinned(name: string): boolean {
  return name.includes('=') || name.includes('/') || name.endsWith('.deb');
}

export const rule: Rule = {
  meta: {
    name: 'apt-get-unpinned',
    aliases: ['DL3008'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin package versions in `apt-get install`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `apt-get install` in a RUN (ONBUILD triggers and `sudo` included) that names a package without a version. Pinned: `name=version` (a `*` glob in the version too), `name/release`, and local `.deb` files. The value of `-t`/`--target-release` is not a package. A word built from an ARG or ENV counts by its value (`$PACKAGES` may hold several packages); one whose value is unknown (an ARG without a default, a `$(...)`) is not reported. One finding per `apt-get install`, listing the packages.',
      whyItMatters:
        'Without a version, the build installs whatever the mirror has on the day it runs, so rebuilding an old commit gives a different image, and a new upstream version can break it unannounced. The default severity is info, below the default failure threshold: Debian and Ubuntu remove superseded versions from their mirrors, so an exact pin fails the build within weeks unless you also pin a snapshot mirror (snapshot.debian.org) or the base image digest, and only the team can decide that trade-off. Raise it to warning in config once you pin mirrors.',
      example: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n',
      fix: 'No automatic fix: the version to pin is not in the file. Look it up with `apt-cache policy <package>` in the base image and write `<package>=<version>`.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = aptGetCall(command, INSTALL);
      if (!call) continue;
      const names = unpinnedPackages(call, call.operands, isPinned);
      if (names.length) report(unpinnedReport(call, names, 'name=version'));
    }
  },
};
