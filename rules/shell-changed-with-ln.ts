/** shell-changed-with-ln: RUN replaces /bin/sh with a link instead of using SHELL. */
import type { Rule } from '../src/engine/types.js';
import { parseArgs } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

const SH_PATHS: ReadonlySet<string> = new Set(['/bin/sh', '/usr/bin/sh']);

export const rule: Rule = {
  meta: {
    name: 'shell-changed-with-ln',
    aliases: ['DL4005'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Use SHELL to change the default shell, not a link over /bin/sh',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `ln` commands in RUN whose link name is `/bin/sh` or `/usr/bin/sh` (the last operand, or the one after `-T`). hadolint reports any `ln` with a `/bin/sh` argument, including `ln -s /bin/sh /usr/local/bin/sh-compat`, which links *to* the shell and changes nothing; this rule does not.',
      whyItMatters:
        'Replacing `/bin/sh` changes the shell of every script in the image, at build time and when the container runs, and package upgrades may restore the original link. `SHELL ["/bin/bash", "-c"]` changes the shell of the following RUN instructions only, visibly.',
      example: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\nRUN source /opt/env.sh && make\n',
      exampleFixed: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\nRUN source /opt/env.sh && make\n',
      fix: 'None: the link also changes the shell of `#!/bin/sh` scripts at run time, which `SHELL` does not; only the author knows which was wanted.',
    },
  },
  check({ source, report }) {
    for (const { cmd, name, args } of runCommands(source)) {
      if (name !== 'ln') continue;
      const parsed = parseArgs(args, { short: 'St', long: new Set(['--suffix', '--target-directory']) });
      // With -t DIR every operand is a target and the links are named after them, in DIR.
      if (parsed.options.some((o) => o.name === '-t' || o.name === '--target-directory')) continue;
      const link = parsed.operands[parsed.operands.length - 1];
      if (!link || parsed.operands.length < 2 || link.value === null || !SH_PATHS.has(link.value)) continue;
      report({ start: cmd.start, end: cmd.end, message: `\`ln\` replaces \`${link.value}\`: set the shell of RUN steps with a SHELL instruction instead` });
    }
  },
};
