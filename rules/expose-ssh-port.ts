/** expose-ssh-port: `EXPOSE 22` publishes the SSH port of an image meant to run one service. */
import type { Rule } from '../src/engine/types.js';

/** `22`, `22/tcp`, `20-25/udp`: the port range and protocol. */
const PORT_SPEC = /^(\d+)(?:-(\d+))?(?:\/([A-Za-z]+))?$/;

function includesSsh(spec: string): boolean {
  const m = PORT_SPEC.exec(spec);
  if (!m) return false;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= 22 && 22 <= to;
}

export const rule: Rule = {
  meta: {
    name: 'expose-ssh-port',
    aliases: ['DS004', 'AVD-DS-0004', 'CKV_DOCKER_1'],
    severity: 'warning',
    category: 'security',
    summary: 'Do not expose port 22 (SSH)',
    fix: null,
    docs: {
      whatItDoes:
        'Reports EXPOSE ports (ONBUILD triggers included) that are 22 or a range that includes it, with any protocol (`22`, `22/tcp`, `22/udp`, `20-25`), after ARG and ENV values are filled in.',
      whyItMatters:
        'Port 22 means an SSH server in the container: another long-running process to patch, credentials or keys baked into or mounted into the image, and a remote shell for anyone who gets them. `docker exec` (or `kubectl exec`) gives the same access without any of that.',
      example: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server\nEXPOSE 22 8080\n',
      exampleFixed: 'FROM ubuntu:24.04\nEXPOSE 8080\n',
      fix: 'None: dropping the port does not remove the SSH server, and whether the image needs one is a design decision. Remove the server and the EXPOSE, and use `docker exec` for debugging.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'EXPOSE') continue;
      for (const word of inst.args) {
        const { value, complete } = source.resolve(word.value, inst);
        if (!complete) continue;
        // One word can expand to several ports (`EXPOSE $PORTS`).
        if (value.split(/\s+/).some(includesSsh)) {
          report({ start: word.start, end: word.end, message: 'Port 22 (SSH) is exposed: drop the SSH server and the port, and use `docker exec` to get a shell' });
        }
      }
    }
  },
};
