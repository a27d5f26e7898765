/**
 * docker-run-port-all-interfaces: a `docker run` line publishes a port without a host address
 * (`-p 8080:80`, `-p 80`) or with `0.0.0.0`/`::`, or publishes every exposed port (`-P`): the
 * port listens on every interface of the host.
 */
import type { Rule } from '../src/engine/types.js';
import type { ScriptFile } from '../src/script/model.js';

const ALL_INTERFACES = new Set(['0.0.0.0', '::', '[::]']);

export const rule: Rule<ScriptFile> = {
  meta: {
    name: 'docker-run-port-all-interfaces',
    kind: 'script',
    // CIS-Docker-5.14 is this check, but compose-port-all-interfaces claims that id (one id, one rule).
    aliases: [],
    severity: 'warning',
    category: 'security',
    summary: 'A `docker run` line publishes a port on every interface of the host',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports `-p`/`--publish` values of `docker run`, `docker create` and `podman run` lines (in shell scripts, Makefiles and CI files) that give no host address (`-p 8080:80`, `-p 80`) or give `0.0.0.0`/`::`, and `-P`/`--publish-all`. ' +
        'Values built by the shell (`-p "$PORT:80"`) are left alone: their host address is not known. It is the check of CIS Docker Benchmark v1.6.0 item 5.14 for `docker run` lines (`compose-port-all-interfaces` is the one for Compose files).',
      whyItMatters:
        'Docker publishes such a port on every interface of the host and inserts its own firewall rules ahead of the host firewall (ufw, firewalld), so a database started for local tools is reachable from every network the host is on. ' +
        '`-P` does the same for every port the image EXPOSEs, on random host ports nobody reviews.',
      example: '#!/bin/sh\ndocker run -d --name db -p 5432:5432 postgres:16\n',
      exampleFixed: '#!/bin/sh\ndocker run -d --name db -p 127.0.0.1:5432:5432 postgres:16\n',
      fix:
        'Binds the port to `127.0.0.1` (`-p 8080:80` → `-p 127.0.0.1:8080:80`, `-p 80` → `-p 127.0.0.1::80`, `0.0.0.0` replaced), inside the value\'s quotes. Unsafe: clients on other hosts can no longer reach the port, which is the point, but may be what the deployment relies on. ' +
        '`-P` has no fix: which ports to publish, and where, is the user\'s choice; replace it with one `-p 127.0.0.1:HOST:CONTAINER` per port.',
    },
  },
  check({ source, report }) {
    for (const run of source.runs) {
      for (const port of run.ports) {
        if (port.hostIp !== '' && !ALL_INTERFACES.has(port.hostIp)) continue;
        report({
          start: port.start,
          end: port.end,
          message: `Port \`${port.spec}\` of \`${run.name}\` is published on every interface of the host: bind it to 127.0.0.1 (or do not publish it)`,
          data: { spec: port.spec, ...(port.hostIp === '' ? { prefix: port.spec.includes(':') ? '127.0.0.1:' : '127.0.0.1::' } : { replaceHost: port.hostIp }) },
        });
      }
      if (run.publishAll && run.publishAll.value !== 'false') {
        report({
          start: run.publishAll.start,
          end: run.publishAll.end,
          message: `\`${run.name}\` publishes every exposed port on every interface of the host: publish each port with \`-p 127.0.0.1:HOST:CONTAINER\` instead`,
          data: { noFix: true },
        });
      }
    }
  },
};
