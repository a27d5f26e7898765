/** daemon-iptables-disabled: Docker no longer manages the firewall rules that isolate containers. */
import { type DaemonFile, nodeRange } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-iptables-disabled',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.4'],
    severity: 'error',
    category: 'security',
    summary: 'Docker may not manage iptables (`"iptables": false`): container isolation rules are gone',
    fix: null,
    docs: {
      whatItDoes: 'Reports `"iptables": false` (and `"ip6tables": false`) in daemon.json. The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'Docker writes the firewall rules that keep networks apart, enforce `"icc": false` and limit published ports to their address. Without them, containers on different networks can reach each other and the host firewall has to be kept in step by hand, which it rarely is. ' +
        'It is usually turned off to stop Docker from bypassing ufw; binding published ports to 127.0.0.1 (`"ip"`) solves that without losing isolation.',
      example: '{\n  "iptables": false\n}\n',
      exampleFixed: '{\n  "iptables": true\n}\n',
      fix: 'None: the setting is usually there on purpose, and turning it back on changes the host firewall; remove it after moving the firewall rules it was protecting into the `DOCKER-USER` chain.',
    },
  },
  check({ source, report }) {
    for (const key of ['iptables', 'ip6tables']) {
      const node = source.get(key)?.valueNode;
      if (node?.value !== false) continue;
      report({ ...nodeRange(node), message: `"${key}": false removes the firewall rules that isolate containers: remove it and keep host rules in the DOCKER-USER chain` });
    }
  },
};
