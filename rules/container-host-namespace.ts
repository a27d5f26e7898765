/** container-host-namespace: the container shares a namespace of the host (network, PID, IPC, user). */
import { type ContainerSource, spelled, type Written } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-host-namespace',
    kind: ['compose', 'script'],
    aliases: [
      'CIS-Docker-5.10',
      'CIS-Docker-5.16',
      'CIS-Docker-5.17',
      'CIS-Docker-5.31',
      'KICS-071a71ff-f868-47a4-ac0b-3c59e4ab5443',
      'KICS-4f31dd9f-2cc3-4751-9b53-67e4af83dac0',
      'KICS-baa3890f-bed7-46f5-ab8f-1da8fc91c729',
      'KICS-8af7162d-6c98-482f-868e-0d33fb675ca8',
    ],
    severity: 'error',
    category: 'security',
    summary: 'The container shares a namespace with the host',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports `network_mode: host`, `pid: host`, `ipc: host` and `userns_mode: host`. The aliases are the CIS Docker Benchmark v1.6.0 items (network, process, IPC and user namespaces) and the KICS queries for each.',
      whyItMatters:
        'Each namespace is a wall between the container and the host. With the host\'s network the container reaches every local-only service (databases on 127.0.0.1, the cloud metadata endpoint, D-Bus) and listens on the host\'s interfaces; with its PIDs it sees and signals every process; with its IPC it reads shared memory; with its user namespace, root in the container is root on the host even when the daemon remaps users.',
      example: 'services:\n  monitor:\n    image: ghcr.io/acme/monitor:1.0\n    pid: host\n',
      exampleFixed: 'services:\n  monitor:\n    image: ghcr.io/acme/monitor:1.0\n',
      fix: 'Display-only: remove the setting (publish ports instead of sharing the host network; share another container\'s namespace with `service:name` when two containers must see each other). Whether the service still works without it is for its owners to check.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      const settings: [string, string, Written | null, string][] = [
        ['network_mode', '--network', c.networkMode, 'network'],
        ['pid', '--pid', c.pid, 'process'],
        ['ipc', '--ipc', c.ipc, 'IPC'],
        ['userns_mode', '--userns', c.usernsMode, 'user'],
      ];
      for (const [key, flag, w, what] of settings) {
        if (!w || w.value.toLowerCase() !== 'host') continue;
        report({ start: w.start, end: w.end, message: `\`${c.name}\` shares the host's ${what} namespace: remove ${spelled(c, `\`${key}: host\``, `\`${flag} host\``)}`, data: { setting: key } });
      }
    }
  },
};
