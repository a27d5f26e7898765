/**
 * compose-port-internal-service: a service that other services of the file depend on, on a
 * network it shares with them, also publishes ports on the host. Its clients reach it over
 * the Compose network, so the published port is usually only an extra way in. A heuristic
 * (the port may be there for tools on the host), hence preview and info.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ComposeFile, ComposeService } from '../src/compose/model.js';
import type { Rule } from '../src/engine/types.js';

/** Names listed by a sequence (`[a, b]`, `a:alias` for links) or the keys of a mapping. */
function names(node: Node | null, splitAlias = false): string[] {
  const out: string[] = [];
  if (isSeq(node)) for (const item of node.items) if (isScalar(item)) out.push(splitAlias ? (String(item.value).split(':')[0] ?? '') : String(item.value));
  if (isMap(node)) for (const pair of node.items) if (isScalar(pair.key)) out.push(String(pair.key.value));
  return out;
}

/** The networks a service joins: its `networks:`, or Compose's default network; none with `network_mode`. */
function networksOf(service: ComposeService): Set<string> {
  if (service.get('network_mode')) return new Set();
  const listed = service.get('networks');
  return new Set(listed ? names(listed.value) : ['default']);
}

export const rule: Rule<ComposeFile> = {
  meta: {
    name: 'compose-port-internal-service',
    kind: 'compose',
    aliases: [],
    severity: 'info',
    category: 'security',
    status: 'preview',
    summary: 'A service only other services talk to publishes ports on the host',
    fix: null,
    docs: {
      whatItDoes:
        'Reports the `ports:` of a service that another service of the file depends on (`depends_on`, `links`) and shares a network with (a `networks:` entry in common, or both on the default network). The clients reach it by its service name over that network; the published port is not what they use. ' +
        'It is a heuristic (in preview): the port may be meant for tools on the host, or for clients outside the file.',
      whyItMatters:
        'Every published port is a way into the service from outside the Compose network, usually on every interface of the host (see compose-port-all-interfaces). A database or an internal API that only its neighbours use needs none: `expose:` (or nothing) keeps it on the network.',
      example:
        'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    depends_on: [db]\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n',
      exampleFixed: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    depends_on: [db]\n  db:\n    image: postgres:16\n',
      fix: 'No automatic fix: remove `ports:` (or bind it to 127.0.0.1 for local tools) once no one outside the Compose network needs it.',
    },
  },
  check({ source, report }) {
    const services = source.services;
    for (const service of services) {
      const ports = service.get('ports');
      if (!ports || !isSeq(ports.value) || ports.value.items.length === 0) continue;
      const own = networksOf(service);
      const clients = services.filter((other) => {
        if (other === service) return false;
        const uses = [...names(other.get('depends_on')?.value ?? null), ...names(other.get('links')?.value ?? null, true)];
        return uses.includes(service.name) && [...networksOf(other)].some((n) => own.has(n));
      });
      if (clients.length === 0) continue;
      const who = clients.map((c) => `\`${c.name}\``).join(', ');
      report({ ...ports.keyRange, message: `\`${service.name}\` publishes ports although ${who} reach${clients.length === 1 ? 'es' : ''} it over the Compose network: remove \`ports:\` unless something outside needs them` });
    }
  },
};
