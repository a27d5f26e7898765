/** container-cap-add-dangerous: a capability that lets the container take over the host. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';
import { capabilityName } from './container-cap-drop-missing.js';

/** What each capability gives away, for the message. */
const DANGEROUS: ReadonlyMap<string, string> = new Map([
  ['ALL', 'every capability, as if privileged'],
  ['SYS_ADMIN', 'mounts, namespaces and most of root\'s powers'],
  ['NET_ADMIN', 'control of the network stack: routes, firewall rules, sniffing'],
  ['SYS_PTRACE', 'reading and rewriting other processes\' memory'],
  ['SYS_MODULE', 'loading kernel modules'],
  ['DAC_READ_SEARCH', 'reading any file of the host through open_by_handle_at'],
]);

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-cap-add-dangerous',
    kind: ['compose', 'script'],
    aliases: [],
    severity: 'error',
    category: 'security',
    summary: 'The container is given a capability that can take over the host',
    fix: 'display-only',
    docs: {
      whatItDoes: 'Reports `cap_add` entries `ALL`, `SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `SYS_MODULE` and `DAC_READ_SEARCH` (with or without the `CAP_` prefix, in any case). The CIS Docker Benchmark item 5.4 covers capabilities; its id is listed on container-cap-drop-missing.',
      whyItMatters:
        'These capabilities are the usual ways out of a container: SYS_ADMIN mounts the host\'s disks and cgroups, SYS_PTRACE reads secrets from other processes, NET_ADMIN rewires the host network, SYS_MODULE loads code into the kernel. A compromise of the application becomes a compromise of the host.',
      example: 'services:\n  vpn:\n    image: ghcr.io/acme/vpn:2.1\n    cap_add:\n      - SYS_ADMIN\n',
      exampleFixed: 'services:\n  vpn:\n    image: ghcr.io/acme/vpn:2.1\n    cap_add:\n      - NET_BIND_SERVICE\n',
      fix: 'Display-only: the fix says which capability to remove; only the people who run the service know whether it really needs it (a VPN does need NET_ADMIN) or a narrower one does.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      for (const cap of c.capAdd) {
        const name = capabilityName(cap.value);
        const gives = DANGEROUS.get(name);
        if (!gives) continue;
        report({ start: cap.start, end: cap.end, message: `\`${c.name}\` is given ${name} (${gives}): remove it, or add only the narrow capability it needs`, data: { capability: cap.value } });
      }
    }
  },
};
