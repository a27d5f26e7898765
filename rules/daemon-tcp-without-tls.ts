/** daemon-tcp-without-tls: the Docker API listens on TCP without client certificates: root for anyone who connects. */
import { type DaemonFile, nodeRange } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

/** Whether a `hosts` entry is a TCP socket: `tcp://...`, or an address without a scheme (dockerd reads it as TCP). */
export function isTcpHost(host: string): boolean {
  const scheme = host.indexOf('://');
  return scheme === -1 ? host.trim() !== '' : host.slice(0, scheme).toLowerCase() === 'tcp';
}

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-tcp-without-tls',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.7'],
    severity: 'error',
    category: 'security',
    summary: 'The Docker API listens on TCP without TLS client verification',
    fix: null,
    docs: {
      whatItDoes:
        'Reports each TCP entry of `hosts` (`tcp://0.0.0.0:2375`, or an address without a scheme) in a daemon.json that does not set `"tlsverify": true`. `"tls": true` alone encrypts the connection but accepts any client, so it is reported too. The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'The Docker API is root on the host: whoever can reach the port can start a privileged container that mounts the host filesystem. Exposed port 2375 is scanned for continuously and used for cryptomining within minutes. Only mutual TLS (`tlsverify` with a CA, a certificate and a key) limits it to clients holding a certificate.',
      example: '{\n  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2375"]\n}\n',
      exampleFixed:
        '{\n  "hosts": ["unix:///var/run/docker.sock", "tcp://0.0.0.0:2376"],\n  "tlsverify": true,\n  "tlscacert": "/etc/docker/tls/ca.pem",\n  "tlscert": "/etc/docker/tls/server-cert.pem",\n  "tlskey": "/etc/docker/tls/server-key.pem"\n}\n',
      fix: 'None: the certificates are not in the file. Either remove the TCP entry (use the Unix socket, or `ssh://` from clients), or set `tlsverify`, `tlscacert`, `tlscert` and `tlskey` (port 2376 by convention).',
    },
  },
  check({ source, report }) {
    if (source.value('tlsverify') === true) return;
    const tls = source.value('tls') === true;
    const hosts = source.get('hosts')?.valueNode;
    for (const item of hosts?.type === 'array' ? (hosts.children ?? []) : []) {
      if (item.type !== 'string' || !isTcpHost(String(item.value))) continue;
      const what = tls ? 'with TLS but without client verification' : 'without TLS';
      report({ ...nodeRange(item), message: `The Docker API listens on \`${String(item.value)}\` ${what}: anyone who reaches it is root on the host; set "tlsverify": true with certificates, or remove it` });
    }
  },
};
