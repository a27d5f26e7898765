/**
 * apt-get-no-install-recommends: `apt-get install` also installs the packages its packages
 * recommend, unless told not to.
 */
import type { Rule } from '../src/engine/types.js';
import { AptConfigTracker, type AptSettings, aptBoolean, aptGetCall, aptSettingsOf, hasAptFlag, type ToolCall } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install']);

/** `--no-install-recommends`, `--install-recommends=false`, or `APT::Install-Recommends` set false. */
function skipsRecommends(call: ToolCall, written: AptSettings): boolean {
  if (hasAptFlag(call, ['--no-install-recommends'])) return true;
  if (call.options.some((o) => o.name === '--install-recommends' && aptBoolean(o.value) === false)) return true;
  return aptBoolean(aptSettingsOf(call, written).get('apt::install-recommends')) === false;
}

export const rule: Rule = {
  meta: {
    name: 'apt-get-no-install-recommends',
    aliases: ['DL3015', 'DS029', 'DS-0029', 'AVD-DS-0029'],
    severity: 'info',
    category: 'performance',
    summary: 'Use `apt-get install --no-install-recommends`',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports `apt-get install` in a RUN (ONBUILD triggers and `sudo` included) without `--no-install-recommends`. Also accepted: `--install-recommends=false`, `-o APT::Install-Recommends=false` (or `0`, `no`, `off`), and `APT::Install-Recommends "false";` written to /etc/apt/apt.conf(.d) by an `echo`/`printf` in an earlier RUN of the stage (or of the stage it builds on). As in hadolint, the `apt` front end is not checked.',
      whyItMatters:
        'Debian and Ubuntu install recommended packages by default: documentation, locales, compilers, X libraries. They are rarely needed in a container, and they make the image bigger, slower to pull, and richer in packages that vulnerability scanners will report.',
      example: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*\n',
      fix: 'Inserts `--no-install-recommends` right after `install`. Unsafe: packages that were only recommended are no longer installed, and the program may need one of them at run time (`ca-certificates` for HTTPS is a common one); add those to the install line by name.',
    },
  },
  check({ source, report }) {
    const config = new AptConfigTracker();
    for (const command of runCommands(source)) {
      const call = aptGetCall(command, INSTALL);
      if (call && !skipsRecommends(call, config.settingsFor(command))) {
        report({
          start: call.tool.start,
          end: call.sub.end,
          message: '`apt-get install` without `--no-install-recommends` also installs recommended packages; add the flag',
          data: { insertAt: call.sub.end },
        });
      }
      config.observe(command);
    }
  },
};
