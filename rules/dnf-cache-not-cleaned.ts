/** dnf-cache-not-cleaned: `dnf install` and `microdnf install` keep repository metadata in /var/cache. */
import type { Rule } from '../src/engine/types.js';
import { checkCacheCleanup } from './lib/cache-cleanup.js';
import { isWithin } from './lib/mounts.js';
import { dnfCall, microdnfCall } from './lib/packages.js';
import type { RunCommand } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'in', 'localinstall', 'groupinstall', 'reinstall', 'rei', 'update', 'upgrade', 'up', 'downgrade']);
const CLEAN: ReadonlySet<string> = new Set(['clean']);
/** dnf 4 and microdnf use /var/cache/dnf or /var/cache/yum; dnf5 uses /var/cache/libdnf5. */
const CACHES = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];

function cleansAll(command: RunCommand): boolean {
  const call = dnfCall(command, CLEAN) ?? microdnfCall(command, CLEAN);
  return call?.operands.some((w) => w.value === 'all') ?? false;
}

export const rule: Rule = {
  meta: {
    name: 'dnf-cache-not-cleaned',
    aliases: ['DL3040', 'DS019', 'AVD-DS-0019', 'DS027', 'AVD-DS-0027'],
    severity: 'info',
    category: 'performance',
    summary: 'Run `dnf clean all` in the RUN that installs',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports a RUN whose last dnf or microdnf install (or update, reinstall, downgrade) is not followed, in the same RUN, by `dnf clean all`/`microdnf clean all` or an `rm` of the cache folder (/var/cache/dnf, /var/cache/yum, /var/cache/libdnf5, or a folder above them). A clean-up before the install does not count. Only stages that end up in the final image are checked: the last stage and the stages it is built FROM. A RUN with a cache or tmpfs mount on the cache folder is fine. ONBUILD triggers are checked too.',
      whyItMatters:
        'dnf keeps the repository metadata it downloaded, often 100 MB or more, in /var/cache. A later RUN that deletes it does not shrink the image: the layer that wrote it keeps it. Only cleaning in the same RUN (or a cache mount) keeps it out.',
      example: 'FROM fedora:40\nRUN dnf install -y git\n',
      exampleFixed: 'FROM fedora:40\nRUN dnf install -y git && dnf clean all\n',
      fix: 'Appends ` && dnf clean all` (`microdnf clean all` after a microdnf install) to the last command of the RUN (before a trailing `;`; in a `RUN <<EOF` script, to its last command). Safe: `&&` keeps failures failing, and a later dnf command downloads fresh metadata itself. No fix when the script ends in a compound command, a background `&`, or could not be parsed.',
    },
  },
  check(context) {
    checkCacheCleanup(context, {
      install: (command) => dnfCall(command, INSTALL) ?? microdnfCall(command, INSTALL),
      cleans: cleansAll,
      coversCache: (path) => CACHES.some((cache) => isWithin(cache, path)),
      cleanCommand: (install) => `${install.name} clean all`,
      message: (install) => `\`${install.name} ${install.sub.value ?? ''}\` leaves its cache in the image; add \`${install.name} clean all\` at the end of the RUN`,
    });
  },
};
