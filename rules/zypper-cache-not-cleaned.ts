/** zypper-cache-not-cleaned: `zypper install` keeps repository metadata and packages in /var/cache/zypp. */
import type { Rule } from '../src/engine/types.js';
import { checkCacheCleanup } from './lib/cache-cleanup.js';
import { isWithin } from './lib/mounts.js';
import { zypperCall } from './lib/packages.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'in', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup']);
const CLEAN: ReadonlySet<string> = new Set(['clean', 'cc']);

export const rule: Rule = {
  meta: {
    name: 'zypper-cache-not-cleaned',
    aliases: ['DL3036', 'DS020', 'AVD-DS-0020'],
    severity: 'info',
    category: 'performance',
    summary: 'Run `zypper clean` in the RUN that installs',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports a RUN whose last zypper install (or patch, update, dist-upgrade, source-install) is not followed, in the same RUN, by `zypper clean`/`zypper cc` or an `rm` of /var/cache/zypp (or a folder above it). A clean-up before the install does not count. Only stages that end up in the final image are checked: the last stage and the stages it is built FROM. A RUN with a cache or tmpfs mount on /var/cache/zypp is fine. ONBUILD triggers are checked too.',
      whyItMatters:
        'zypper keeps repository metadata (and, with keeppackages, the packages) in /var/cache/zypp. A later RUN that deletes it does not shrink the image: the layer that wrote it keeps it. Only cleaning in the same RUN (or a cache mount) keeps it out.',
      example: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl\n',
      exampleFixed: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a\n',
      fix: 'Appends ` && zypper clean -a` (metadata and packages) to the last command of the RUN (before a trailing `;`; in a `RUN <<EOF` script, to its last command). Safe: `&&` keeps failures failing, and zypper refreshes the metadata it needs later. No fix when the script ends in a compound command, a background `&`, or could not be parsed.',
    },
  },
  check(context) {
    checkCacheCleanup(context, {
      install: (command) => zypperCall(command, INSTALL),
      cleans: (command) => zypperCall(command, CLEAN) !== null,
      coversCache: (path) => isWithin('/var/cache/zypp', path),
      cleanCommand: () => 'zypper clean -a',
      message: (install) => `\`zypper ${install.sub.value ?? ''}\` leaves its cache in the image; add \`zypper clean -a\` at the end of the RUN`,
    });
  },
};
