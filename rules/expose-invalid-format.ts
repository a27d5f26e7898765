/** expose-invalid-format: EXPOSE takes container ports, not `ip:hostPort:containerPort` mappings. */
import type { Rule } from '../src/engine/types.js';
import { exposedPorts } from './lib/expose.js';

export const rule: Rule = {
  meta: {
    name: 'expose-invalid-format',
    aliases: ['ExposeInvalidFormat'],
    severity: 'warning',
    category: 'correctness',
    summary: 'EXPOSE should not give an IP address or a host port',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports `EXPOSE` words with an IP address or a host-port mapping (`127.0.0.1:8080:80`, `8080:80`).',
      whyItMatters:
        'EXPOSE only records which container ports the image listens on; publishing to a host port or address happens at `docker run -p`. The builder drops the mapping without a word, so the line promises something it does not do, and BuildKit says it will become an error.',
      example: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80/tcp\n',
      exampleFixed: 'FROM nginx:1.27\nEXPOSE 80/tcp\n',
      fix: 'Keeps only the container port and protocol. Safe: the image exposes exactly these ports already. No fix when the word holds a variable.',
    },
  },
  check({ source, report }) {
    for (const spec of exposedPorts(source)) {
      if (spec.mapping === '') continue;
      const port = `${spec.port}${spec.proto === null ? '' : `/${spec.proto}`}`;
      report({
        start: spec.start,
        end: spec.end,
        message: `\`EXPOSE ${spec.value}\` maps an address or host port, which EXPOSE ignores: write \`${port}\` and publish with \`docker run -p\``,
        data: spec.literal ? { text: port } : { noFix: true },
      });
    }
  },
};
