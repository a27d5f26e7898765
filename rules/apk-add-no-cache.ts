/**
 * apk-add-no-cache: `apk add` without `--no-cache` leaves the package index (and, with a
 * cache set up, the packages) under /var/cache/apk in the image's layer.
 */
import type { Rule } from '../src/engine/types.js';
import { keptOutOfLayer } from './lib/mounts.js';
import { apkCall } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

const ADD: ReadonlySet<string> = new Set(['add']);

export const rule: Rule = {
  meta: {
    name: 'apk-add-no-cache',
    aliases: ['DL3019', 'DS025', 'AVD-DS-0025'],
    severity: 'info',
    category: 'performance',
    summary: 'Use `apk add --no-cache`',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `apk add` in a RUN (ONBUILD triggers and `sudo` included) without `--no-cache`, wherever the option is written. A RUN with a cache or tmpfs mount on /var/cache/apk or /etc/apk/cache (or a folder above them) is not reported: the cache stays out of the layer. An `apk update` before or an `rm -rf /var/cache/apk/*` after does not silence it: `--no-cache` does both in one option.',
      whyItMatters:
        '`apk add` downloads the package index of every repository into /var/cache/apk and keeps it there; with a package cache set up it keeps the packages too. That is a few megabytes of stale data in every image. `--no-cache` fetches the index to a temporary place and removes it when done, with no `apk update` needed first.',
      example: 'FROM alpine:3.20\nRUN apk update && apk add curl\n',
      exampleFixed: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n',
      fix: 'Inserts `--no-cache` right after `add`. Safe: the same packages are installed from a fresh index. An `apk update` before it, or removal of /var/cache/apk after it, is left as it is.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = apkCall(command, ADD);
      if (!call || call.options.some((o) => o.name === '--no-cache')) continue;
      if (keptOutOfLayer(command.inst, '/var/cache/apk') || keptOutOfLayer(command.inst, '/etc/apk/cache')) continue;
      report({
        start: call.tool.start,
        end: call.sub.end,
        message: '`apk add` without `--no-cache` keeps the package index in the image; add `--no-cache`',
        data: { insertAt: call.sub.end },
      });
    }
  },
};
