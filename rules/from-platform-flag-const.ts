/** from-platform-flag-const: `FROM --platform=linux/amd64` pins a stage to one platform. */
import type { Rule } from '../src/engine/types.js';
import { parsePlatform } from './lib/platform.js';

export const rule: Rule = {
  meta: {
    name: 'from-platform-flag-const',
    aliases: ['FromPlatformFlagConstDisallowed', 'DL3029'],
    severity: 'warning',
    category: 'best-practice',
    summary: '`FROM --platform` should not be a constant platform',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `FROM --platform=<value>` where the value holds no variable and parses as a platform, unless the stage name contains the platform\'s OS or architecture (`AS build-arm64`), the pattern for per-platform stages picked by `FROM build-${TARGETARCH}`.',
      whyItMatters:
        'A constant platform builds that stage for one platform whatever `docker build --platform` asks for, so a multi-platform build silently ships the wrong architecture, or runs it under emulation. `$BUILDPLATFORM` (build tools that cross-compile) or no flag at all (the target platform) is what most stages need.',
      example: 'FROM --platform=linux/amd64 node:20-slim\nRUN npm ci\n',
      exampleFixed: 'FROM --platform=$BUILDPLATFORM node:20-slim\nRUN npm ci\n',
      fix: 'None: whether the stage should run on the build platform (`$BUILDPLATFORM`) or the target platform (no flag) depends on what it does.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      const flag = stage.from.flag('platform');
      if (!flag?.value || flag.value.includes('$')) continue;
      const value = flag.value.replace(/^"(.*)"$/, '$1');
      const platform = parsePlatform(value);
      if (!platform) continue;
      const name = stage.name?.toLowerCase() ?? '';
      if (name && (name.includes(platform.os) || name.includes(platform.architecture))) continue;
      report({ start: flag.start, end: flag.end, message: `\`--platform=${value}\` pins this stage to one platform: use \`$BUILDPLATFORM\` or drop the flag` });
    }
  },
};
