/** healthcheck-missing: the image the build produces has no HEALTHCHECK. */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'healthcheck-missing',
    aliases: ['DL3057', 'DS026', 'AVD-DS-0026', 'DS-0026', 'CKV_DOCKER_2'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Give the final image a HEALTHCHECK',
    fix: 'display-only',
    defaultEnabled: false,
    docs: {
      whatItDoes:
        'Reports the final stage when neither it nor a stage it builds on in the file has a HEALTHCHECK instruction (`HEALTHCHECK NONE` counts: it is a decision). A HEALTHCHECK set by the external base image cannot be seen and is not counted. Off by default: it fits images that run a long-lived service, not tool, build or base images; hadolint has no such rule, Trivy and Checkov flag every Dockerfile.',
      whyItMatters:
        'Without a health check, Docker and Compose only know whether the process is running, not whether it answers: a hung server stays "up", and `depends_on: condition: service_healthy` or a restart policy cannot react. (Kubernetes ignores HEALTHCHECK and uses its own probes.)',
      example: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n',
      exampleFixed: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nHEALTHCHECK --interval=30s --timeout=5s CMD wget -q --spider http://localhost/ || exit 1\n',
      fix: 'Display-only: shows a HEALTHCHECK line at the end of the final stage with a placeholder for the command, which only you can know.',
    },
  },
  check({ source, report }) {
    const stage = source.finalStage;
    if (!stage) return;
    const has = stage.chain.some((s) => s.instructions.some((i) => i.keyword === 'HEALTHCHECK'));
    if (has) return;
    const from = stage.from;
    const last = stage.instructions[stage.instructions.length - 1] ?? from;
    report({ start: from.keywordRange.start, end: from.argsRange?.end ?? from.end, message: 'The final image has no HEALTHCHECK: add one that checks the service answers', data: { after: { start: last.start, end: last.end } } });
  },
};
