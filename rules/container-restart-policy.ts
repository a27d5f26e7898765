/** container-restart-policy: a restart policy that restarts a failing container forever. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** Policies without a bound on restarts: `always`, `unless-stopped`, and `on-failure` without a count. */
const UNBOUNDED = /^(always|unless-stopped|on-failure(:0)?)$/i;

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-restart-policy',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.15', 'KICS-2fc99041-ddad-49d5-853f-e35e70a48391'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'The restart policy restarts a failing container forever',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports `restart: always`, `restart: unless-stopped` and `restart: on-failure` without a maximum count. Swarm\'s `deploy.restart_policy` is checked by compose-deploy-restart-attempts. The aliases are the CIS Docker Benchmark v1.6.0 item and the KICS query.',
      whyItMatters:
        'A container that crashes at start is restarted in a tight loop for ever: it burns CPU and log space, hammers the services it connects to, and hides the failure from anyone who only checks that it is "up". A bounded policy gives up after a few attempts so the failure shows.',
      example: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    restart: always\n',
      exampleFixed: 'services:\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    restart: on-failure:5\n',
      fix:
        'Replaces the policy with `on-failure:5`. Unsafe: the container is no longer restarted after a clean exit, nor when the Docker daemon restarts after it was stopped by a failure that used up its attempts; a service meant to survive reboots needs a supervisor (systemd, swarm, Kubernetes) to say so.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      if (!c.restart || !UNBOUNDED.test(c.restart.value)) continue;
      report({ start: c.restart.start, end: c.restart.end, message: `\`${c.name}\` restarts forever (\`${c.restart.value}\`): use \`on-failure:5\``, data: { container: c.name } });
    }
  },
};
