/** zypper-dist-upgrade: `zypper dist-upgrade` in a build moves the image to whatever the repositories hold that day. */
import type { Rule } from '../src/engine/types.js';
import { zypperCall } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

const DIST_UPGRADE: ReadonlySet<string> = new Set(['dist-upgrade', 'dup']);

export const rule: Rule = {
  meta: {
    name: 'zypper-dist-upgrade',
    aliases: ['DL3035'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Avoid `zypper dist-upgrade` in a build',
    fix: null,
    docs: {
      whatItDoes: 'Reports `zypper dist-upgrade` (or `zypper dup`) in a RUN (ONBUILD triggers and `sudo` included).',
      whyItMatters:
        'A distribution upgrade may change vendors, downgrade or remove packages and pull in a new distribution release, so the image depends on the day it was built rather than on the base image tag. Updating the base image (a newer tag or digest) gets fixes reviewably; `zypper patch` or `zypper update` applies updates within the release. Info severity: on openSUSE Tumbleweed, a rolling release, `zypper dup` is the documented way to update.',
      example: 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade && zypper clean -a\n',
      exampleFixed: 'FROM opensuse/leap:15.6\nRUN zypper -n patch && zypper clean -a\n',
      fix: 'No automatic fix: whether `patch`, `update` or a newer base image is right depends on why the upgrade is there.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = zypperCall(command, DIST_UPGRADE);
      if (!call) continue;
      report({
        start: call.tool.start,
        end: call.sub.end,
        message: '`zypper dist-upgrade` makes the image depend on the build day; update the base image, or use `zypper patch`',
      });
    }
  },
};
