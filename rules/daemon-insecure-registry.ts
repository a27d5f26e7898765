/** daemon-insecure-registry: images are pulled over plain HTTP or unverified TLS. */
import { type DaemonFile, nodeRange } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

/** Registries dockerd treats as insecure anyway: listing them changes nothing. */
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[?::1\]?)(:\d+)?(\/\d+)?$/i;

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-insecure-registry',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.5'],
    severity: 'warning',
    category: 'security',
    summary: 'A registry is trusted without TLS verification (`insecure-registries`)',
    fix: null,
    docs: {
      whatItDoes:
        'Reports each entry of `insecure-registries` in daemon.json, except loopback addresses (localhost, 127.0.0.0/8, ::1), which dockerd already treats as insecure. The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'dockerd talks to an insecure registry over plain HTTP, or over TLS without checking the certificate: anyone on the path can read the credentials sent to it and serve a tampered image that every host pulling from it then runs.',
      example: '{\n  "insecure-registries": ["registry.internal:5000"]\n}\n',
      exampleFixed: '{\n  "insecure-registries": []\n}\n',
      fix: 'None: the remedy is outside the file. Give the registry a certificate (place a private CA in /etc/docker/certs.d/<registry>/ca.crt), then remove the entry.',
    },
  },
  check({ source, report }) {
    const list = source.get('insecure-registries')?.valueNode;
    for (const item of list?.type === 'array' ? (list.children ?? []) : []) {
      if (item.type !== 'string' || LOOPBACK.test(String(item.value))) continue;
      report({ ...nodeRange(item), message: `Registry \`${String(item.value)}\` is used without TLS verification: give it a trusted certificate and remove it from insecure-registries` });
    }
  },
};
