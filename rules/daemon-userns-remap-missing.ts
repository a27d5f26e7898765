/** daemon-userns-remap-missing: root in a container is root on the host. */
import { type DaemonFile, nodeRange } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-userns-remap-missing',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.9'],
    severity: 'info',
    category: 'security',
    summary: 'User namespace remapping is off: root in a container is root on the host',
    fix: 'unsafe',
    docs: {
      whatItDoes: 'Reports a daemon.json without a non-empty `userns-remap` setting. The alias is the item number in the CIS Docker Benchmark v1.6.0 (a level 2 item).',
      whyItMatters:
        'Without remapping, UID 0 inside a container is UID 0 on the host: a process that escapes the container, or writes through a bind mount, does so as root. ' +
        'With `userns-remap`, container UIDs map to an unprivileged range of the host. It is reported as info because it is incompatible with some setups (host network or PID namespaces, some volume drivers) and images that already run as non-root gain less.',
      example: '{\n  "icc": false\n}\n',
      exampleFixed: '{\n  "icc": false,\n  "userns-remap": "default"\n}\n',
      fix: 'Sets `"userns-remap": "default"` (dockerd creates the `dockremap` user and its subordinate ID ranges). Unsafe: existing images and volumes are re-created under a new storage root, files on bind mounts owned by host root become unwritable, and `--privileged` or `--userns=host` containers need an explicit opt-out.',
    },
  },
  check({ source, report }) {
    const value = source.value('userns-remap');
    if (typeof value === 'string' && value !== '') return;
    const node = source.get('userns-remap')?.valueNode;
    const at = node ? nodeRange(node) : source.anchor;
    report({ ...at, message: 'Root in a container is root on the host: set "userns-remap": "default" to map container users to an unprivileged range' });
  },
};
