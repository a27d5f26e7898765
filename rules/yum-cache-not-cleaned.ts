/** yum-cache-not-cleaned: `yum install` keeps repository metadata and packages in /var/cache/yum. */
import type { Rule } from '../src/engine/types.js';
import { checkCacheCleanup } from './lib/cache-cleanup.js';
import { isWithin } from './lib/mounts.js';
import { yumCall } from './lib/packages.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'localinstall', 'groupinstall', 'reinstall', 'update', 'upgrade', 'downgrade']);
const CLEAN: ReadonlySet<string> = new Set(['clean']);

export const rule: Rule = {
  meta: {
    name: 'yum-cache-not-cleaned',
    aliases: ['DL3032', 'DS015', 'AVD-DS-0015'],
    severity: 'info',
    category: 'performance',
    summary: 'Run `yum clean all` in the RUN that installs',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports a RUN whose last yum install (or update, reinstall, downgrade) is not followed, in the same RUN, by `yum clean all` or an `rm` of /var/cache/yum (or a folder above it). A clean-up before the install does not count (as in Trivy; hadolint accepts it anywhere in the RUN). Only stages that end up in the final image are checked: the last stage and the stages it is built FROM. A RUN with a cache or tmpfs mount on /var/cache/yum is fine. ONBUILD triggers are checked too.',
      whyItMatters:
        'yum keeps the repository metadata it downloaded, often 100 MB or more, in /var/cache/yum. A later RUN that deletes it does not shrink the image: the layer that wrote it keeps it. Only cleaning in the same RUN (or a cache mount) keeps it out.',
      example: 'FROM centos:7\nRUN yum install -y httpd\n',
      exampleFixed: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
      fix: 'Appends ` && yum clean all` to the last command of the RUN (before a trailing `;`; in a `RUN <<EOF` script, to its last command). Safe: `&&` keeps failures failing, and a later yum command downloads fresh metadata itself. No fix when the script ends in a compound command (`fi`, `done`, `)`), a background `&`, or could not be parsed.',
    },
  },
  check(context) {
    checkCacheCleanup(context, {
      install: (command) => yumCall(command, INSTALL),
      cleans: (command) => yumCall(command, CLEAN)?.operands.some((w) => w.value === 'all') ?? false,
      coversCache: (path) => isWithin('/var/cache/yum', path),
      cleanCommand: () => 'yum clean all',
      message: (install) => `\`yum ${install.sub.value ?? ''}\` leaves its cache in the image; add \`yum clean all\` at the end of the RUN`,
    });
  },
};
