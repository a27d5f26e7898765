/**
 * insecure-run-flags: `RUN --security=insecure` (no sandbox, like a privileged container) and
 * `RUN --network=host` (the build step shares the host's network).
 */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'insecure-run-flags',
    aliases: ['dockerfile.security.run-security-insecure.run-security-insecure'],
    severity: 'warning',
    category: 'security',
    summary: 'Do not use `RUN --security=insecure` or `--network=host`',
    fix: 'unsafe',
    docs: {
      whatItDoes: 'Reports the `--security=insecure` and `--network=host` flags of RUN instructions (ONBUILD triggers included), after ARG values are filled in.',
      whyItMatters:
        '`--security=insecure` runs the step without the build sandbox, with every capability and access to host devices: a compromised package or script in that step owns the build machine. `--network=host` lets the step reach whatever the build host can reach (cloud metadata endpoints, services on localhost, the internal network). Both need an entitlement granted by whoever runs the build (`--allow security.insecure`, `--allow network.host`), which makes the Dockerfile depend on a weakened builder.',
      example: 'FROM debian:12-slim\nRUN --security=insecure --network=host ./build-kernel-module.sh\n',
      exampleFixed: 'FROM debian:12-slim\nRUN ./build-kernel-module.sh\n',
      fix: 'Removes the flag. Unsafe: the step loses the privileges or network access it may rely on (mounting file systems, loading modules, reaching a service on the host) and can fail; that is for you to check.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'RUN') continue;
      for (const flag of inst.flags) {
        const name = flag.name.toLowerCase();
        if ((name !== 'security' && name !== 'network') || flag.value === null) continue;
        const value = source.resolve(flag.value, inst).value.toLowerCase();
        if (name === 'security' && value === 'insecure') {
          report({ start: flag.start, end: flag.end, message: '`--security=insecure` runs this step without the build sandbox: remove it', data: { remove: [{ start: flag.start, end: flag.end }], title: 'Remove `--security=insecure`' } });
        } else if (name === 'network' && value === 'host') {
          report({ start: flag.start, end: flag.end, message: '`--network=host` gives this step the build host\'s network: remove it', data: { remove: [{ start: flag.start, end: flag.end }], title: 'Remove `--network=host`' } });
        }
      }
    }
  },
};
