/** container-read-only-rootfs: the container can write to its root filesystem. */
import { type Container, type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** Whether a tmpfs or a volume already gives the container a writable /tmp. */
export function hasWritableTmp(c: Container): boolean {
  return c.tmpfs.some((t) => t.value.split(':')[0]?.replace(/\/+$/, '') === '/tmp') || c.mounts.some((m) => m.target.replace(/\/+$/, '') === '/tmp');
}

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-read-only-rootfs',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.13'],
    severity: 'info',
    category: 'security',
    summary: 'The container\'s root filesystem is writable',
    fix: 'unsafe',
    docs: {
      whatItDoes: 'Reports containers without `read_only: true` (or with it set to false). The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'With a writable root filesystem, an intruder can replace the application\'s code, drop tools and persist until the container is recreated. Read-only makes the image the only source of code and forces every write to a declared place (a volume or a tmpfs). ' +
        'It is info, not a warning: many images write to their own folders at start and need volumes declared first.',
      example: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n',
      exampleFixed: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    read_only: true\n    tmpfs:\n      - /tmp\n',
      fix:
        'Adds `read_only: true` (or turns an explicit false to true) and a `tmpfs` for `/tmp` unless one is there. Unsafe: the application fails on its first write outside /tmp and its volumes (caches, pid files, uploads) until those paths get a volume or a tmpfs.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      if (c.readOnly && /^true$/i.test(c.readOnly.value)) continue;
      const at = c.readOnly ?? c.anchor;
      report({ start: at.start, end: at.end, message: `\`${c.name}\` can write to its root filesystem: set ${spelled(c, '`read_only: true`', '`--read-only`')} and give writable paths a tmpfs or a volume`, data: { container: c.name } });
    }
  },
};
