/** container-sensitive-mount: a system directory of the host is mounted into the container. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';
import { hostPath } from './container-docker-socket.js';

/** The CIS list, plus /root (root's keys and credentials). Only the directories themselves: their files (/etc/localtime) are common and harmless read-only. */
const SENSITIVE: ReadonlySet<string> = new Set(['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/root']);

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-sensitive-mount',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.6', 'KICS-1c1325ff-831d-43a1-973e-839ae57dfcc0'],
    severity: 'error',
    category: 'security',
    summary: 'A system directory of the host is mounted into the container',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports volumes whose host path is `/`, `/boot`, `/dev`, `/etc`, `/lib`, `/proc`, `/sys`, `/usr` or `/root`. Read-only mounts are reported as warnings (monitoring agents read /proc and /sys this way), writable ones as errors. Files and folders below them (`/etc/localtime`) are not reported. The aliases are the CIS Docker Benchmark v1.6.0 item and the KICS query.',
      whyItMatters:
        'These directories are the host: writable, the container can add a user to /etc/passwd, a cron job, a kernel parameter or a boot entry; even read-only, it reads password hashes, keys and every process\'s environment. A container escape is one `chroot` away.',
      example: 'services:\n  backup:\n    image: ghcr.io/acme/backup:1.2\n    volumes:\n      - /etc:/host/etc\n',
      exampleFixed: 'services:\n  backup:\n    image: ghcr.io/acme/backup:1.2\n    volumes:\n      - /srv/app/data:/data:ro\n',
      fix: 'Display-only: mount only the files or the data folder the service needs, read-only when it only reads them; which ones is for its owners to say.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      for (const m of c.mounts) {
        const path = hostPath(m);
        if (!SENSITIVE.has(path)) continue;
        report({
          start: m.start,
          end: m.end,
          message: `\`${c.name}\` mounts the host's \`${path}\`${m.readOnly ? ' (read-only)' : ''}: mount only the files it needs`,
          ...(m.readOnly ? { severity: 'warning' as const } : {}),
          data: { path },
        });
      }
    }
  },
};
