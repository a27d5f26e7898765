/** npm-unpinned: `npm install -g typescript` installs whatever is tagged latest that day. */
import type { Rule } from '../src/engine/types.js';
import { npmCall } from './lib/packages.js';
import { unpinnedPackages, unpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'i', 'add', 'isntall', 'in']);
const GIT = /^(git(\+[a-z]+)?:\/\/|github:|gitlab:|bitbucket:)/;

/**
 * `name@version`/`@scope/name@range` (but not `@latest`, which is what an unpinned install
 * gets anyway), a git URL at a commit or semver (`#...`), a tarball, or a local folder.
 */
function isPinned(name: string): boolean {
  if (GIT.test(name)) return name.includes('#');
  if (/\.(tgz|tar|tar\.gz)$/.test(name) || /^(\/|\.\/|\.\.\/|~\/|\.$|file:)/.test(name)) return true;
  const at = name.indexOf('@', name.startsWith('@') ? 1 : 0);
  return at !== -1 && name.slice(at + 1) !== '' && name.slice(at + 1) !== 'latest';
}

export const rule: Rule = {
  meta: {
    name: 'npm-unpinned',
    aliases: ['DL3016'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin package versions in `npm install <package>`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `npm install <package>` (also `npm i` and `npm add`) in a RUN (ONBUILD triggers and `sudo` included) that names a package without a version: `name@version`, `@scope/name@range`, a git URL with `#commit` or `#semver:...`, a tarball or a local folder are pinned. `name@latest` counts as unpinned (hadolint accepts any tag): it is the version an unpinned install gets. `npm install` and `npm ci` without packages install from package.json and the lock file, and are fine.',
      whyItMatters:
        'A package named without a version resolves to its `latest` tag at build time, so two builds of the same commit can ship different tools, and a breaking or malicious release reaches the image unreviewed. Info severity: for the app\'s own dependencies, package-lock.json with `npm ci` is the real pin; this rule mostly catches global tools.',
      example: 'FROM node:22-slim\nRUN npm install -g typescript\n',
      exampleFixed: 'FROM node:22-slim\nRUN npm install -g typescript@5.6.3\n',
      fix: 'No automatic fix: the version is not in the file. Pin it (`typescript@5.6.3`) or add the tool to package.json and use `npm ci`.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = npmCall(command, INSTALL);
      if (!call) continue;
      const names = unpinnedPackages(call, call.operands, isPinned);
      if (names.length) report(unpinnedReport(call, names, 'name@version'));
    }
  },
};
