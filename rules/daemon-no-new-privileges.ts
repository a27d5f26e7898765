/** daemon-no-new-privileges: containers may gain privileges through setuid binaries by default. */
import type { DaemonFile } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-no-new-privileges',
    kind: 'daemon',
    aliases: ['CIS-Docker-2.14'],
    severity: 'warning',
    category: 'security',
    summary: 'Containers may gain privileges through setuid binaries (`"no-new-privileges"` is not true)',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports a daemon.json without `"no-new-privileges": true`, or with it set to anything else. The alias is the item number in the CIS Docker Benchmark v1.6.0.',
      whyItMatters:
        'Set daemon-wide, the option gives every new container the kernel flag that forbids gaining privileges through setuid and setcap binaries (su, sudo, a planted one), so a foothold as the app user cannot become root inside the container. ' +
        'Setting it once in the daemon covers containers whose run command or Compose file forgets it.',
      example: '{\n  "icc": false\n}\n',
      exampleFixed: '{\n  "icc": false,\n  "no-new-privileges": true\n}\n',
      fix: 'Sets `"no-new-privileges": true`. Safe: well-behaved images never rely on setuid binaries at run time; one that calls `su` or `sudo` from its entrypoint fails visibly at start, and can opt out with `--security-opt no-new-privileges=false`.',
    },
  },
  check({ source, report }) {
    const at = source.mismatch('no-new-privileges', true);
    if (at) report({ ...at, message: 'Containers can gain privileges through setuid binaries: set "no-new-privileges": true' });
  },
};
