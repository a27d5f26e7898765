/** container-docker-socket: the container engine's socket is mounted into the container. */
import type { ContainerSource, Mount } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** `//var/run/docker.sock/` → `/var/run/docker.sock`. */
export function hostPath(mount: Mount): string {
  const collapsed = mount.source.replace(/\/+/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/** Sockets that control the host's containers (Docker, Podman, containerd). */
const ENGINE_SOCKETS: ReadonlySet<string> = new Set(['/var/run/docker.sock', '/run/docker.sock', '/var/run/podman/podman.sock', '/run/podman/podman.sock', '/run/containerd/containerd.sock', '/var/run/containerd/containerd.sock']);

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-docker-socket',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.32', 'KICS-d6355c88-1e8d-49e9-b2f2-f8a1ca12c75b'],
    severity: 'error',
    category: 'security',
    summary: 'The Docker socket is mounted into the container',
    fix: 'display-only',
    docs: {
      whatItDoes: 'Reports volumes that mount `/var/run/docker.sock` or `/run/docker.sock` (and the Podman and containerd sockets), read-only or not. The aliases are the CIS Docker Benchmark v1.6.0 item and the KICS query.',
      whyItMatters:
        'Whoever can talk to the socket can start a privileged container with the host\'s root filesystem mounted: the socket is root on the host. `:ro` does not help, it only stops the socket file from being replaced, not requests from being sent.',
      example: 'services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n',
      exampleFixed: 'services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - ./traefik.yml:/etc/traefik/traefik.yml:ro\n',
      fix: 'Display-only: remove the mount. A tool that needs the Docker API (a proxy discovering services, a CI runner) should get a filtering socket proxy that allows only the calls it makes, or its configuration written out instead.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      for (const m of c.mounts) {
        if (!ENGINE_SOCKETS.has(hostPath(m))) continue;
        report({ start: m.start, end: m.end, message: `\`${c.name}\` mounts the container engine's socket (\`${m.source}\`), which is root on the host: remove the mount` });
      }
    }
  },
};
