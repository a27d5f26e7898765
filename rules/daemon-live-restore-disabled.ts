/** daemon-live-restore-disabled: restarting or upgrading dockerd stops every container. */
import type { DaemonFile } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-live-restore-disabled',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.15'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Containers stop whenever dockerd stops (`"live-restore"` is not true)',
    fix: 'unsafe',
    docs: {
      whatItDoes: 'Reports a daemon.json without `"live-restore": true`, or with it set to anything else. The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'Without live restore, stopping the daemon (an upgrade, a crash, a config reload gone wrong) stops every container on the host. With it, containers keep running and dockerd reattaches to them when it is back, so patching Docker does not mean downtime. ' +
        'It is about availability, hence info.',
      example: '{\n  "icc": false\n}\n',
      exampleFixed: '{\n  "icc": false,\n  "live-restore": true\n}\n',
      fix:
        'Sets `"live-restore": true`. Unsafe: on a Swarm node dockerd refuses to start its cluster component with live restore on ("--live-restore daemon configuration is incompatible with swarm mode"), and daemon.json does not say whether the host is one. On standalone hosts the change is harmless.',
    },
  },
  check({ source, report }) {
    const at = source.mismatch('live-restore', true);
    if (at) report({ ...at, message: 'Every container stops when dockerd stops or is upgraded: set "live-restore": true' });
  },
};
