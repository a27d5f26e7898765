/** yarn-cache-not-cleaned: `yarn install` keeps every downloaded package in yarn's global cache. */
import type { Rule } from '../src/engine/types.js';
import { checkCacheCleanup } from './lib/cache-cleanup.js';
import { isWithin } from './lib/mounts.js';
import { yarnCall } from './lib/packages.js';

const INSTALL: ReadonlySet<string> = new Set(['install', 'add', 'global']);
const CACHE: ReadonlySet<string> = new Set(['cache']);

export const rule: Rule = {
  meta: {
    name: 'yarn-cache-not-cleaned',
    aliases: ['DL3060'],
    severity: 'info',
    category: 'performance',
    summary: 'Run `yarn cache clean` in the RUN that installs',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports a RUN whose last `yarn install` (also a bare `yarn`, `yarn add` and `yarn global add`) is not followed, in the same RUN, by `yarn cache clean` or an `rm` of a `.cache/yarn` folder. Only stages that end up in the final image are checked (as hadolint does): the last stage and the stages it is built FROM. A RUN with a cache or tmpfs mount on a `.cache/yarn` folder (or the one `--cache-folder` names) is fine. ONBUILD triggers are checked too.',
      whyItMatters:
        'Yarn 1 keeps a copy of every package it downloads in its global cache (/usr/local/share/.cache/yarn for root), roughly doubling what node_modules costs. A later RUN that cleans it does not shrink the image: the layer that wrote it keeps it.',
      example: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n',
      exampleFixed: 'FROM node:22-slim\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
      fix: 'Appends ` && yarn cache clean` to the last command of the RUN (before a trailing `;`; in a `RUN <<EOF` script, to its last command). Safe: `&&` keeps failures failing, and node_modules does not depend on the cache. No fix when the script ends in a compound command, a background `&`, or could not be parsed.',
    },
  },
  check(context) {
    // The `--cache-folder` of the RUN's last install, for the mount check that follows it.
    let cacheFolder: string | null = null;
    checkCacheCleanup(context, {
      install: (command) => {
        const call = yarnCall(command, INSTALL);
        if (!call || (call.sub.value === 'global' && call.operands[0]?.value !== 'add')) return null;
        cacheFolder = call.options.filter((o) => o.name === '--cache-folder').pop()?.value ?? null;
        return call;
      },
      cleans: (command) => yarnCall(command, CACHE)?.operands[0]?.value === 'clean',
      coversCache: (path) => /\/\.cache(\/yarn)?\/?$/.test(path) || (cacheFolder !== null && isWithin(cacheFolder, path)),
      cleanCommand: () => 'yarn cache clean',
      message: (install) => `\`${install.sub === install.tool ? 'yarn' : `yarn ${install.sub.value ?? ''}`}\` leaves its package cache in the image; add \`yarn cache clean\` at the end of the RUN`,
    });
  },
};
