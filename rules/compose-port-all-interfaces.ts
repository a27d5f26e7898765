/**
 * compose-port-all-interfaces: a published port with no host address listens on every
 * interface of the host (0.0.0.0 and ::), reachable from any network the host is on.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { shortHostAddress } from '../src/compose/containers.js';
import { type ComposeFile, nodeRange } from '../src/compose/model.js';
import type { Rule } from '../src/engine/types.js';

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]']);

export const rule: Rule<ComposeFile> = {
  meta: {
    name: 'compose-port-all-interfaces',
    kind: 'compose',
    aliases: ['CIS-Docker-5.14'],
    severity: 'warning',
    category: 'security',
    summary: 'A published port listens on every interface of the host',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports `ports:` entries that publish a container port without a host address (`"8080:80"`, `"80"`), or with `0.0.0.0`/`::`, in the short syntax, and long-syntax entries without `host_ip`. ' +
        'Merge keys and same-file `extends` are followed; the finding points where the port is written. The alias is the item number in the CIS Docker Benchmark v1.6.0 (5.13 in earlier versions).',
      whyItMatters:
        'Docker publishes such a port on every interface of the host, and inserts its own firewall rules ahead of the host firewall (ufw, firewalld), so a database meant for local tools is reachable from the network the host sits on. ' +
        'Binding to 127.0.0.1 keeps it on the host; services that only other containers talk to need no published port at all.',
      example: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n',
      exampleFixed: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n',
      fix:
        'Binds the port to `127.0.0.1` (`"8080:80"` → `"127.0.0.1:8080:80"`, `"80"` → `"127.0.0.1::80"`, `host_ip: 127.0.0.1` in the long syntax). Unsafe: clients on other hosts can no longer reach the port, which is the point, but may be what the deployment relies on (a reverse proxy in front should then publish instead).',
    },
  },
  check({ source, report }) {
    const seen = new Set<Node>();
    for (const service of source.services) {
      const ports = service.get('ports')?.value;
      if (!isSeq(ports)) continue;
      for (const raw of ports.items) {
        const item = source.resolveAlias(raw as Node);
        if (!item || seen.has(item)) continue;
        seen.add(item);
        if (isScalar(item)) {
          const spec = String(item.value);
          const host = shortHostAddress(spec);
          if (host !== '' && !ALL_INTERFACES.has(host)) continue;
          const range = nodeRange(item);
          report({
            ...range,
            message: `Port \`${spec}\` of service \`${service.name}\` is published on every interface of the host: bind it to 127.0.0.1 (or do not publish it)`,
            data: host === '' ? { prefix: spec.includes(':') ? '127.0.0.1:' : '127.0.0.1::' } : { replaceHost: host },
          });
        } else if (isMap(item)) {
          const hostIp = item.get('host_ip');
          if (hostIp !== undefined && !ALL_INTERFACES.has(String(hostIp))) continue;
          const anchor = (item.get('published', true) ?? item.get('target', true)) as Node | undefined;
          const range = anchor ? nodeRange(anchor) : nodeRange(item);
          report({ ...range, message: `A port of service \`${service.name}\` is published on every interface of the host: set \`host_ip: 127.0.0.1\``, data: { longSyntax: true } });
        }
      }
    }
  },
};
