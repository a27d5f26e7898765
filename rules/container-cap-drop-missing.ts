/** container-cap-drop-missing: the container keeps Docker's default Linux capabilities. */
import { type Container, type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** `SYS_ADMIN`, `cap_sys_admin`, `CAP_SYS_ADMIN` → `SYS_ADMIN`. */
export function capabilityName(value: string): string {
  const upper = value.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

export function dropsAll(c: Container): boolean {
  return c.capDrop.some((w) => capabilityName(w.value) === 'ALL');
}

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-cap-drop-missing',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.4', 'KICS-ce76b7d0-9e77-464d-b86f-c5c48e03e22d'],
    severity: 'warning',
    category: 'security',
    summary: 'The container keeps Docker\'s default Linux capabilities',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports containers that do not drop all capabilities (`cap_drop: [ALL]`); the ones the container needs are then added back one by one with `cap_add`. Privileged containers are left to container-privileged. The aliases are the CIS Docker Benchmark v1.6.0 item and the KICS query.',
      whyItMatters:
        'Docker grants every container a default set of capabilities (CHOWN, DAC_OVERRIDE, FOWNER, SETUID, SETGID, NET_RAW, ...) that most applications never use and an intruder can: NET_RAW spoofs packets on the container network, DAC_OVERRIDE ignores file permissions, SETUID switches users.',
      example: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n',
      exampleFixed: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    cap_drop:\n      - ALL\n',
      fix:
        'Adds `ALL` to `cap_drop` (a new list, or an item of the existing one). Unsafe: images that start as root and switch users (databases, nginx) need some capabilities back (`cap_add: [CHOWN, SETUID, SETGID]`, `NET_BIND_SERVICE` for ports below 1024); find them by starting the container and reading its errors.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      if (dropsAll(c) || (c.privileged && /^true$/i.test(c.privileged.value))) continue;
      report({ start: c.anchor.start, end: c.anchor.end, message: `\`${c.name}\` keeps Docker's default capabilities: drop them all (${spelled(c, '`cap_drop: [ALL]`', '`--cap-drop=ALL`')}) and add back only what it needs`, data: { container: c.name } });
    }
  },
};
