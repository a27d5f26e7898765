/** dnf-unpinned: `dnf install -y curl` installs whatever version the repositories have that day. */
import type { Rule } from '../src/engine/types.js';
import { dnfCall, microdnfCall, type ToolCall } from './lib/packages.js';
import { rpmUnpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'in', 'localinstall', 'module']);

export const rule: Rule = {
  meta: {
    name: 'dnf-unpinned',
    aliases: ['DL3041'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin package versions in `dnf install` and `microdnf install`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `dnf install` and `microdnf install` (dnf5 too) in a RUN (ONBUILD triggers and `sudo` included) that names a package without a version, and `dnf module install` of a module without a stream (`nodejs:20`). Pinned: `name-version` where a part after the name starts with a digit (`curl-7.76.1-26.el9`), comparisons, `.rpm` files and URLs. Groups (`@name`) cannot be pinned and are not reported.',
      whyItMatters:
        'Without a version each build installs whatever the repositories have that day, so rebuilds differ and an update can break the image unannounced. Info severity: Fedora and RHEL repositories drop superseded versions, so exact pins need a pinned repository snapshot too; decide per team and raise the severity in config.',
      example: 'FROM fedora:40\nRUN dnf install -y git && dnf clean all\n',
      exampleFixed: 'FROM fedora:40\nRUN dnf install -y git-2.45.2 && dnf clean all\n',
      fix: 'No automatic fix: the version is not in the file. Look it up with `dnf list --showduplicates <package>`.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call: ToolCall | null = dnfCall(command, INSTALL) ?? microdnfCall(command, INSTALL);
      if (!call) continue;
      const found = rpmUnpinnedReport(call);
      if (found) report(found);
    }
  },
};
