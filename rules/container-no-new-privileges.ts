/**
 * container-no-new-privileges: a container whose processes may gain privileges through
 * setuid binaries. One rule for Compose services and `docker run` lines (scripts, Makefiles,
 * CI files): it checks the shared Container view (src/engine/container.ts).
 */
import { type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** `no-new-privileges`, `no-new-privileges:true`, `no-new-privileges=true`. */
export function noNewPrivileges(option: string): boolean | null {
  const m = /^no-new-privileges(?:[:=](true|false))?$/i.exec(option.trim());
  if (!m) return null;
  return (m[1] ?? 'true').toLowerCase() === 'true';
}

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-no-new-privileges',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.26'],
    severity: 'warning',
    category: 'security',
    summary: 'Processes in the container can gain privileges (no-new-privileges is not set)',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports containers run without the `no-new-privileges` security option (`security_opt: ["no-new-privileges:true"]` in Compose, `--security-opt no-new-privileges:true` on a `docker run` line), or with it set to false.',
      whyItMatters:
        'Without it, a process can gain privileges by running a setuid or setcap binary (su, sudo, ping, a planted one): a foothold as the app user becomes root inside the container. ' +
        'With it, the kernel refuses such gains for every process of the container.',
      example: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n',
      exampleFixed: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    security_opt:\n      - no-new-privileges:true\n',
      fix: 'Adds `no-new-privileges:true` to the container\'s security options (a new `security_opt:` list, or an item of the existing one; a `--security-opt` flag right after `docker run`), or sets an explicit `false` to `true`. Safe: well-behaved images never rely on setuid binaries at run time; an image that does (one that calls `su` or `sudo` from its entrypoint) fails visibly at start rather than silently.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      const options = c.securityOpt.map((o) => ({ o, on: noNewPrivileges(o.value) })).filter((x) => x.on !== null);
      if (options.some((x) => x.on === true)) continue;
      const off = options.find((x) => x.on === false);
      if (off) {
        report({ start: off.o.start, end: off.o.end, message: `\`${c.name}\` turns no-new-privileges off: set it to true`, data: { container: c.name } });
      } else {
        report({ start: c.anchor.start, end: c.anchor.end, message: `\`${c.name}\` can gain privileges through setuid binaries: add ${spelled(c, '`no-new-privileges:true` to `security_opt`', '`--security-opt no-new-privileges:true`')}`, data: { container: c.name } });
      }
    }
  },
};
