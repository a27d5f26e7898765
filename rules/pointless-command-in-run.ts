/** pointless-command-in-run: RUN calls a command that makes no sense while building an image. */
import type { Rule } from '../src/engine/types.js';
import { runCommands } from './lib/shell.js';
import { entryOf } from '../src/engine/text.js';

/** hadolint's list, plus `ifconfig`, which its message names. */
const POINTLESS: Readonly<Record<string, string>> = {
  ssh: 'opens a remote session',
  vim: 'is an interactive editor',
  shutdown: 'shuts down a machine, not a build step',
  service: 'starts a service that stops when the step ends',
  ps: 'lists the processes of a short-lived build step',
  free: 'shows the memory of the build machine',
  top: 'is an interactive process monitor',
  kill: 'signals processes of a short-lived build step',
  mount: 'needs privileges a build step does not have',
  ifconfig: 'shows the network of the build machine',
};

export const rule: Rule = {
  meta: {
    name: 'pointless-command-in-run',
    aliases: ['DL3001'],
    severity: 'info',
    category: 'best-practice',
    summary: 'RUN calls a command that makes no sense while building an image',
    fix: null,
    docs: {
      whatItDoes:
        'Reports the commands `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount` and `ifconfig` in RUN instructions (ONBUILD RUN included), also behind `sudo`, `env` and similar wrappers and by path (`/usr/sbin/service`). Only command names count: `apt-get install procps` passes.',
      whyItMatters:
        'A RUN step is one short-lived process tree that leaves files behind, nothing else. A service started there is gone in the next step, interactive tools hang or fail without a terminal, and diagnostics show the build machine, not the container that will run. These lines are leftovers from treating the image like a VM.',
      example: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends nginx && service nginx start\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends nginx\nCMD ["nginx", "-g", "daemon off;"]\n',
      fix: 'None: what the command was meant to achieve (a process at container start, a debug step) decides the rewrite. Severity info, as in hadolint: some uses (`kill` after a test server) are deliberate.',
    },
  },
  check({ source, report }) {
    for (const { cmd, at, name } of runCommands(source)) {
      if (name === null || at === -1 || !Object.hasOwn(POINTLESS, name)) continue;
      const word = cmd.words[at];
      if (!word) continue;
      report({ start: word.start, end: word.end, message: `\`${name}\` ${entryOf(POINTLESS, name)}: it makes no sense in a RUN step` });
    }
  },
};
