/** yum-unpinned: `yum install -y curl` installs whatever version the repositories have that day. */
import type { Rule } from '../src/engine/types.js';
import { yumCall } from './lib/packages.js';
import { rpmUnpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'localinstall', 'module']);

export const rule: Rule = {
  meta: {
    name: 'yum-unpinned',
    aliases: ['DL3033'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin package versions in `yum install`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `yum install` (and `localinstall`) in a RUN (ONBUILD triggers and `sudo` included) that names a package without a version, and `yum module install` of a module without a stream (`nodejs:20`). Pinned: `name-version` where a part after the name starts with a digit (`curl-7.76.1-26.el9`), comparisons, `.rpm` files and URLs. Groups (`@name`) cannot be pinned and are not reported. hadolint counts any dash as a version, so `python3-devel` passes there; here it is reported, as it has no version.',
      whyItMatters:
        'Without a version each build installs whatever the repositories have that day, so rebuilds differ and an update can break the image unannounced. Info severity: RHEL and CentOS mirrors drop superseded versions, so exact pins need a pinned repository snapshot too; decide per team and raise the severity in config.',
      example: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
      exampleFixed: 'FROM centos:7\nRUN yum install -y httpd-2.4.6-99.el7.centos.1 && yum clean all\n',
      fix: 'No automatic fix: the version is not in the file. Look it up with `yum list --showduplicates <package>`.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = yumCall(command, INSTALL);
      if (!call) continue;
      const found = rpmUnpinnedReport(call);
      if (found) report(found);
    }
  },
};
