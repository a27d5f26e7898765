/** daemon-ip-all-interfaces: ports published without a host address listen on every interface. */
import { type DaemonFile, nodeRange } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]']);

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-ip-all-interfaces',
    kind: 'daemon',
    aliases: [],
    severity: 'warning',
    category: 'security',
    summary: 'Published ports default to every interface of the host (no `"ip"` set)',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports a daemon.json without an `ip` setting, or with `ip` set to `0.0.0.0` or `::`. `ip` is the host address Docker binds a published port to when `-p` / `ports:` gives none. ' +
        'The CIS Docker Benchmark checks the same exposure per container (item 5.14 in v1.6.0, see compose-port-all-interfaces); it has no item for this daemon-wide default.',
      whyItMatters:
        'By default `-p 5432:5432` listens on every interface, and Docker inserts its firewall rules ahead of ufw or firewalld, so a port meant for local tools is open to the whole network the host is on. ' +
        'With `"ip": "127.0.0.1"` a port is public only when its publisher says so (`-p 0.0.0.0:443:443`).',
      example: '{\n  "icc": false\n}\n',
      exampleFixed: '{\n  "icc": false,\n  "ip": "127.0.0.1"\n}\n',
      fix: 'Sets `"ip": "127.0.0.1"`. Unsafe: ports that were reachable from other hosts (a reverse proxy publishing 80 and 443) become local-only until their publisher names the address (`0.0.0.0:443:443`).',
    },
  },
  check({ source, report }) {
    const setting = source.get('ip');
    const value = source.value('ip');
    if (setting && !(typeof value === 'string' && ALL_INTERFACES.has(value))) return;
    const at = setting?.valueNode ? nodeRange(setting.valueNode) : source.anchor;
    report({ ...at, message: 'Published ports listen on every interface of the host by default: set "ip": "127.0.0.1" and publish public ports with an explicit address' });
  },
};
