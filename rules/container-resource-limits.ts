/** container-resource-limits: a container without memory, CPU or process-count limits. */
import { type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** The `docker run` flag of each limit. */
const FLAGS: Readonly<Record<'mem_limit' | 'cpus' | 'pids_limit', string>> = { mem_limit: '--memory', cpus: '--cpus', pids_limit: '--pids-limit' };

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-resource-limits',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.11', 'CIS-Docker-5.29', 'KICS-bb9ac4f7-e13b-423d-a010-c74a1bfbe492', 'KICS-6b610c50-99fb-4ef0-a5f3-e312fd945bc3', 'KICS-221e0658-cb2a-44e3-b08a-db96a341d6fa'],
    severity: 'info',
    category: 'best-practice',
    summary: 'The container has no memory, CPU or process-count limit',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports containers missing any of a memory limit (`mem_limit` or `deploy.resources.limits.memory`), a CPU limit (`cpus` or `deploy.resources.limits.cpus`) and a process limit (`pids_limit` or `deploy.resources.limits.pids`), in one finding that lists what is missing. Info: the right values depend on the workload. The aliases are the CIS Docker Benchmark v1.6.0 items (memory, PIDs) and the KICS queries (memory, CPUs, PIDs).',
      whyItMatters:
        'Without limits, one container with a leak, a fork bomb or a burst of traffic takes the host\'s memory, CPU or process table, and every other container on the host goes down with it.',
      example: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n',
      exampleFixed: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    mem_limit: 512m\n    cpus: 1.5\n    pids_limit: 200\n',
      fix: 'Display-only: the suggestion adds the missing settings with placeholders (`mem_limit: <memory>`, `cpus: <cpus>`, `pids_limit: <pids>`) for the owners to fill in from the service\'s real usage; it is never applied.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      const missing: ('mem_limit' | 'cpus' | 'pids_limit')[] = [];
      if (!c.memory) missing.push('mem_limit');
      if (!c.cpus) missing.push('cpus');
      if (!c.pidsLimit) missing.push('pids_limit');
      if (missing.length === 0) continue;
      report({ start: c.anchor.start, end: c.anchor.end, message: `\`${c.name}\` has no ${missing.map((m) => `\`${spelled(c, m, FLAGS[m])}\``).join(', ')} limit: set limits from the ${spelled(c, 'service', 'container')}'s real usage`, data: { container: c.name, missing } });
    }
  },
};
