/** expose-proto-casing: `EXPOSE 80/TCP` should be `80/tcp`. */
import type { Rule } from '../src/engine/types.js';
import { exposedPorts } from './lib/expose.js';

export const rule: Rule = {
  meta: {
    name: 'expose-proto-casing',
    aliases: ['ExposeProtoCasing'],
    severity: 'style',
    category: 'style',
    summary: 'The protocol in EXPOSE should be lower case',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports `EXPOSE` ports whose protocol (`/TCP`, `/Udp`) is not lower case.',
      whyItMatters: 'The builder lower-cases the protocol anyway; the image metadata and every other tool write `80/tcp`. BuildKit warns about it.',
      example: 'FROM nginx:1.27\nEXPOSE 80/TCP 53/UDP\n',
      exampleFixed: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\n',
      fix: 'Lower-cases the protocol. Safe: the exposed port is the same. No fix when the protocol comes from a variable.',
    },
  },
  check({ source, report }) {
    for (const spec of exposedPorts(source)) {
      if (spec.proto === null || spec.proto === spec.proto.toLowerCase()) continue;
      const lower = spec.proto.toLowerCase();
      report({
        start: spec.start,
        end: spec.end,
        message: `Protocol \`${spec.proto}\` in \`EXPOSE ${spec.value}\` should be lower case: \`${lower}\``,
        data: spec.literal ? { text: `${spec.mapping}${spec.port}/${lower}` } : { noFix: true },
      });
    }
  },
};
