/** container-privileged: a privileged container, which can do almost anything the host can. */
import { type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-privileged',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.5', 'KICS-ae5b6871-7f45-42e0-bb4c-ab300c4d2026'],
    severity: 'error',
    category: 'security',
    summary: 'The container is privileged',
    fix: 'display-only',
    docs: {
      whatItDoes: 'Reports `privileged: true`. The aliases are the CIS Docker Benchmark v1.6.0 item and the KICS query.',
      whyItMatters:
        'A privileged container gets every capability, every host device and no seccomp or AppArmor confinement: root in it can mount the host\'s disks and load kernel modules, so it is root on the host. Very few workloads need it (nested Docker, some hardware agents), and those should be isolated on their own hosts.',
      example: 'services:\n  agent:\n    image: ghcr.io/acme/agent:3.0\n    privileged: true\n',
      exampleFixed: 'services:\n  agent:\n    image: ghcr.io/acme/agent:3.0\n',
      fix: 'Display-only: remove `privileged: true`, and grant the specific devices (`devices:`) or capabilities (`cap_add:`) the service really needs; which ones is for its owners to find out.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      if (!c.privileged || !/^true$/i.test(c.privileged.value)) continue;
      report({ start: c.privileged.start, end: c.privileged.end, message: `\`${c.name}\` is privileged, so root in it is root on the host: remove ${spelled(c, '`privileged`', '`--privileged`')} and grant only the devices or capabilities it needs` });
    }
  },
};
