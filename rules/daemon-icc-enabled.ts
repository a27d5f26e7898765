/** daemon-icc-enabled: containers on the default bridge can all reach each other. */
import type { DaemonFile } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-icc-enabled',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.2'],
    severity: 'warning',
    category: 'security',
    summary: 'Inter-container communication on the default bridge is not turned off (`"icc": false`)',
    fix: 'unsafe',
    docs: {
      whatItDoes: 'Reports a daemon.json without `"icc": false`, or with `icc` set to anything but `false`. The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'With icc on (the default), every container on the default `docker0` bridge can open connections to every other one: one compromised container can reach the databases and admin ports of all its neighbours. ' +
        'Containers that need to talk should share a user-defined network, which icc does not affect.',
      example: '{\n  "log-level": "info"\n}\n',
      exampleFixed: '{\n  "log-level": "info",\n  "icc": false\n}\n',
      fix: 'Sets `"icc": false` (adds it, or replaces the value). Unsafe: containers on the default bridge that talk to each other (legacy `--link` setups) stop reaching each other until they move to a user-defined network.',
    },
  },
  check({ source, report }) {
    const at = source.mismatch('icc', false);
    if (at) report({ ...at, message: 'Containers on the default bridge can reach each other: set "icc": false and connect the ones that must talk through a user-defined network' });
  },
};
