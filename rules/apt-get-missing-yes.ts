/**
 * apt-get-missing-yes: `apt-get install` without `-y` asks for confirmation, and a build
 * has nobody to answer: apt aborts and the RUN fails.
 */
import type { Rule } from '../src/engine/types.js';
import { AptConfigTracker, type AptSettings, aptBoolean, aptGetCall, aptSettingsOf, hasAptFlag, type ToolCall } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install']);

/** apt's quiet level: the `quiet` setting, raised by each `-q`, or set by `-q=N`/`--quiet=N`. */
function quietLevel(call: ToolCall, settings: AptSettings): number {
  let level = Number.parseInt(settings.get('quiet') ?? '0', 10) || 0;
  for (const o of call.options) {
    if (o.name !== '-q' && o.name !== '--quiet') continue;
    level = o.value === null ? level + 1 : Number.parseInt(o.value, 10) || 0;
  }
  return level;
}

/** `-y`, `--yes`, `--assume-yes`, `APT::Get::Assume-Yes` set true, or quiet level 2 (which implies -y). */
function assumesYes(call: ToolCall, written: AptSettings): boolean {
  if (hasAptFlag(call, ['-y', '--yes', '--assume-yes'])) return true;
  const settings = aptSettingsOf(call, written);
  return aptBoolean(settings.get('apt::get::assume-yes')) === true || quietLevel(call, settings) >= 2;
}

export const rule: Rule = {
  meta: {
    name: 'apt-get-missing-yes',
    aliases: ['DL3014', 'DS021', 'AVD-DS-0021'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Use `apt-get install -y`',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `apt-get install` in a RUN (ONBUILD triggers, `sudo`/`env` wrappers and `VAR=value` prefixes included) that does not answer apt\'s prompt in advance. Accepted: `-y`, `--yes`, `--assume-yes` (alone or in a bundle like `-qy`), `-qq`, `-q -q`, `-q=2` or `--quiet=2` (quiet level 2 implies yes), `-o APT::Get::Assume-Yes=true`, and `APT::Get::Assume-Yes "true";` written to /etc/apt/apt.conf(.d) by an `echo`/`printf` in an earlier RUN of the stage (or of the stage it builds on). A single `-q` is not enough, unlike in hadolint: it only hides progress output. As in hadolint, the `apt` front end is not checked: it is meant for people at a terminal, and apt-get is the one whose interface scripts can rely on.',
      whyItMatters:
        'When an install pulls in packages you did not name, or removes any, apt-get asks "Do you want to continue? [Y/n]". In a build there is no terminal to answer, so apt-get aborts and the RUN fails, or, worse, works today and fails the day a dependency is added.',
      example: 'FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      fix: 'Inserts `-y` right after `install`. Safe: `-y` only answers the confirmation prompt; it does not allow downgrades, held-package changes or removal of essential packages, which still need their own options.',
    },
  },
  check({ source, report }) {
    const config = new AptConfigTracker();
    for (const command of runCommands(source)) {
      const call = aptGetCall(command, INSTALL);
      if (call && !assumesYes(call, config.settingsFor(command))) {
        report({
          start: call.tool.start,
          end: call.sub.end,
          message: '`apt-get install` without `-y` stops at apt\'s confirmation prompt and fails the build; add `-y`',
          data: { insertAt: call.sub.end },
        });
      }
      config.observe(command);
    }
  },
};
