/** container-security-profile-disabled: seccomp or AppArmor turned off for the container. */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** `seccomp:unconfined`, `seccomp=unconfined`, `apparmor:unconfined`, `apparmor=unconfined` → the profile's name. */
function disabledProfile(option: string): string | null {
  const m = /^(seccomp|apparmor)[:=]unconfined$/i.exec(option.trim());
  return m ? (m[1] as string).toLowerCase() : null;
}

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-security-profile-disabled',
    kind: ['compose', 'script'],
    aliases: ['CIS-Docker-5.2', 'CIS-Docker-5.22', 'KICS-404fde2c-bc4b-4371-9747-7054132ac953'],
    severity: 'error',
    category: 'security',
    summary: 'The container runs without its seccomp or AppArmor profile',
    fix: 'display-only',
    docs: {
      whatItDoes: 'Reports the security options `seccomp:unconfined` and `apparmor:unconfined` (also written with `=`). The aliases are the CIS Docker Benchmark v1.6.0 items for AppArmor and seccomp and the KICS seccomp query.',
      whyItMatters:
        'Docker\'s default seccomp profile blocks the system calls behind many container escapes (keyctl, unshare, mount, kernel module calls); its AppArmor profile stops writes to /proc and /sys. Unconfined, every kernel bug reachable from a system call is reachable from the container.',
      example: 'services:\n  app:\n    image: ghcr.io/acme/app:2.0\n    security_opt:\n      - seccomp:unconfined\n',
      exampleFixed: 'services:\n  app:\n    image: ghcr.io/acme/app:2.0\n',
      fix: 'Display-only: remove the option; if the application needs a system call the default profile blocks, give it a custom profile (`seccomp:./profile.json`) that allows just that call.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      for (const opt of c.securityOpt) {
        const profile = disabledProfile(opt.value);
        if (!profile) continue;
        report({ start: opt.start, end: opt.end, message: `\`${c.name}\` runs without the ${profile} profile: remove \`${opt.value}\` (or use a custom profile)`, data: { option: opt.value } });
      }
    }
  },
};
