/** chpasswd-in-run: a RUN sets passwords with chpasswd (or passwd --stdin), so they live in the image. */
import type { Rule } from '../src/engine/types.js';
import { runCommands } from './lib/shell.js';

export const rule: Rule = {
  meta: {
    name: 'chpasswd-in-run',
    aliases: ['CKV2_DOCKER_17'],
    severity: 'warning',
    category: 'security',
    summary: 'A RUN sets a password with chpasswd',
    fix: null,
    docs: {
      whatItDoes: 'Reports `chpasswd` in a RUN, and `passwd --stdin`, which do the same: set account passwords while the image is built.',
      whyItMatters:
        'The password ends up in two places anyone with the image can read: its hash in /etc/shadow, and the plain text in the RUN line that the image history (`docker history`) keeps. Containers should not need passwords at all: log in with `docker exec`, and give services secrets at run time.',
      example: 'FROM ubuntu:24.04\nRUN useradd -m app && echo "app:changeme" | chpasswd\n',
      exampleFixed: 'FROM ubuntu:24.04\nRUN useradd -m app\n',
      fix: 'None: remove the password, and pass any credential the service needs at run time (a secret mount).',
    },
  },
  check({ source, report }) {
    for (const { name, cmd, args } of runCommands(source)) {
      const stdin = name === 'passwd' && args.some((a) => a.value === '--stdin');
      if (name !== 'chpasswd' && !stdin) continue;
      const word = cmd.words.find((w) => w.value !== null && (w.value.endsWith('chpasswd') || w.value.endsWith('passwd')));
      if (!word) continue;
      report({ start: word.start, end: word.end, message: `\`${name}\` writes a password into the image and its history: give credentials at run time instead` });
    }
  },
};
