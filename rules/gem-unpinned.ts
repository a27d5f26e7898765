/** gem-unpinned: `gem install bundler` installs whatever is newest on rubygems.org that day. */
import type { Rule } from '../src/engine/types.js';
import { gemCall } from './lib/packages.js';
import { unpinnedPackages, unpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'i']);

/** `bundler:2.5.6` (gem's name:version form) or a local `.gem` file. */
function isPinned(name: string): boolean {
  return name.includes(':') || name.endsWith('.gem');
}

export const rule: Rule = {
  meta: {
    name: 'gem-unpinned',
    aliases: ['DL3028'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin gem versions in `gem install`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `gem install` (or `gem i`) in a RUN (ONBUILD triggers and `sudo` included) that names a gem without a version. Pinned: `name:version`, local `.gem` files, and any install with `-v`/`--version` (which applies to the gems named). Words whose ARG/ENV value is unknown are not reported.',
      whyItMatters:
        'An unpinned gem resolves to the newest release at build time: rebuilds differ, and a breaking release (bundler majors are the classic case) fails the build or the app later. Info severity: for the app\'s own gems the Gemfile.lock is the pin; this rule mostly catches tools installed on their own.',
      example: 'FROM ruby:3.3-slim\nRUN gem install bundler\n',
      exampleFixed: 'FROM ruby:3.3-slim\nRUN gem install bundler:2.5.22\n',
      fix: 'No automatic fix: the version is not in the file. Write `name:version` or add `-v <version>`.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = gemCall(command, INSTALL);
      if (!call || call.options.some((o) => o.name === '-v' || o.name === '--version')) continue;
      const names = unpinnedPackages(call, call.operands, isPinned);
      if (names.length) report(unpinnedReport(call, names, 'name:version'));
    }
  },
};
