/**
 * compose-deploy-restart-attempts: a swarm restart policy (`deploy.restart_policy`) without
 * `max_attempts`, which restarts a failing task forever. Compose only: `docker run` has no
 * such setting (its `--restart` is checked by container-restart-policy).
 */
import { isMap, isScalar, type Node } from 'yaml';
import { type ComposeFile, nodeRange } from '../src/compose/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<ComposeFile> = {
  meta: {
    name: 'compose-deploy-restart-attempts',
    kind: 'compose',
    aliases: [],
    severity: 'warning',
    category: 'best-practice',
    summary: 'A swarm restart policy without `max_attempts` restarts a failing task forever',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports `deploy.restart_policy` mappings whose `condition` restarts (`any`, the default, or `on-failure`) and that set no `max_attempts`. Merge keys and same-file `extends` are followed. The CIS Docker Benchmark item 5.15 and the KICS restart query cover the same idea; their ids are listed on container-restart-policy.',
      whyItMatters:
        'Without a bound, a task that fails at start is rescheduled for ever: it loads the nodes and the services it calls, and the failure looks like a flapping service rather than a broken release.',
      example: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    deploy:\n      restart_policy:\n        condition: on-failure\n',
      exampleFixed: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 5\n',
      fix: 'Adds `max_attempts: 5` to the restart policy. Unsafe: after five failed attempts the task stays down until someone redeploys it.',
    },
  },
  check({ source, report }) {
    for (const service of source.services) {
      const deploy = service.get('deploy')?.value ?? null;
      if (!isMap(deploy)) continue;
      const pair = deploy.items.find((p) => isScalar(p.key) && p.key.value === 'restart_policy');
      const policy = source.resolveAlias((pair?.value as Node | null) ?? null);
      if (!pair || !isMap(policy) || policy.has('max_attempts')) continue;
      const condition = String(policy.get('condition') ?? 'any');
      if (condition === 'none') continue;
      report({ ...nodeRange(pair.key as Node), message: `\`${service.name}\` restarts its failing tasks forever: set \`max_attempts: 5\` in its restart policy`, data: { container: service.name } });
    }
  },
};
