/** daemon-userland-proxy-enabled: a docker-proxy process listens for every published port. */
import type { DaemonFile } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-userland-proxy-enabled',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.16'],
    severity: 'info',
    category: 'security',
    summary: 'The userland proxy runs for every published port (`"userland-proxy"` is not false)',
    fix: 'unsafe',
    docs: {
      whatItDoes: 'Reports a daemon.json without `"userland-proxy": false`, or with it set to anything else. The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'With the userland proxy on (the default), dockerd starts a `docker-proxy` process per published port, an extra listener running as root, although the kernel NAT rules Docker installs already forward the traffic. ' +
        'Turning it off removes that attack surface. It is info because some setups still rely on the proxy (old kernels without hairpin NAT, reaching a published port through localhost from IPv6).',
      example: '{\n  "icc": false\n}\n',
      exampleFixed: '{\n  "icc": false,\n  "userland-proxy": false\n}\n',
      fix: 'Sets `"userland-proxy": false`. Unsafe: on hosts without hairpin NAT, containers and local clients that reach a published port through the host address or localhost can lose that path.',
    },
  },
  check({ source, report }) {
    const at = source.mismatch('userland-proxy', false);
    if (at) report({ ...at, message: 'A root docker-proxy process listens for every published port: set "userland-proxy": false where the kernel forwards the traffic (hairpin NAT)' });
  },
};
