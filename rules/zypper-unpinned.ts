/** zypper-unpinned: `zypper install -y curl` installs whatever version the repositories have that day. */
import type { Rule } from '../src/engine/types.js';
import { zypperCall } from './lib/packages.js';
import { unpinnedPackages, unpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'in']);

/** `curl=8.0.1`, `curl>=8` (zypper's capability syntax), or an `.rpm` file or URL. */
function isPinned(name: string): boolean {
  return /[=<>]/.test(name) || name.endsWith('.rpm');
}

export const rule: Rule = {
  meta: {
    name: 'zypper-unpinned',
    aliases: ['DL3037'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin package versions in `zypper install`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `zypper install` (or `zypper in`) in a RUN (ONBUILD triggers and `sudo` included) that names a package without a version: `name=version`, `name>=version` (and the other comparisons) and `.rpm` files or URLs are pinned. Installs of patterns, patches or products (`-t pattern`) are not reported: those have no versions to pin.',
      whyItMatters:
        'Without a version each build installs whatever the repositories have that day, so rebuilds differ and an update can break the image unannounced. Info severity: openSUSE repositories drop superseded versions, so exact pins need a pinned repository snapshot too; decide per team and raise the severity in config.',
      example: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a\n',
      exampleFixed: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 && zypper clean -a\n',
      fix: 'No automatic fix: the version is not in the file. Look it up with `zypper search -s <package>`.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = zypperCall(command, INSTALL);
      if (!call) continue;
      const type = call.options.filter((o) => o.name === '-t' || o.name === '--type').pop();
      if (type && type.value !== 'package') continue;
      const names = unpinnedPackages(call, call.operands, isPinned);
      if (names.length) report(unpinnedReport(call, names, 'name=version'));
    }
  },
};
