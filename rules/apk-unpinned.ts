/** apk-unpinned: `apk add curl` installs whatever version the repository has that day. */
import type { Rule } from '../src/engine/types.js';
import { apkCall } from './lib/packages.js';
import { unpinnedPackages, unpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const ADD: ReadonlySet<string> = new Set(['add']);

/** `curl=8.9.1-r0`, `curl~8.9`, `curl>=8` (apk's version constraints), or a local `.apk` file. */
function isPinned(name: string): boolean {
  return /[=~<>]/.test(name) || name.endsWith('.apk');
}

export const rule: Rule = {
  meta: {
    name: 'apk-unpinned',
    aliases: ['DL3018'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin package versions in `apk add`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `apk add` in a RUN (ONBUILD triggers and `sudo` included) that names a package without a version constraint. Pinned: `name=version`, `name~version` (fuzzy), `name>version`/`name<version` and their `=` forms, and local `.apk` files. The name given to `-t`/`--virtual` and the values of `-X`/`--repository` are not packages. A word built from an ARG or ENV counts by its value; one whose value is unknown is not reported.',
      whyItMatters:
        'Without a version, each build installs whatever the Alpine mirror has that day, so rebuilds differ and an upstream change can break the image silently. The default severity is info: Alpine keeps only the latest revision of a package in each branch, so an exact pin (`=1.2.3-r0`) breaks the build at the next security update. `~major.minor` is a pin that survives revisions; decide per team, and raise the severity in config when you do.',
      example: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
      exampleFixed: 'FROM alpine:3.20\nRUN apk add --no-cache curl~8.9\n',
      fix: 'No automatic fix: the version is not in the file. Look it up with `apk policy <package>` in the base image.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = apkCall(command, ADD);
      if (!call) continue;
      const names = unpinnedPackages(call, call.operands, isPinned);
      if (names.length) report(unpinnedReport(call, names, 'name~version'));
    }
  },
};
