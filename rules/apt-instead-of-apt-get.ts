/**
 * apt-instead-of-apt-get: `apt` is the front end for people at a terminal; its output and
 * behaviour may change between releases. Scripts use apt-get and apt-cache.
 */
import type { Rule } from '../src/engine/types.js';
import { aptCall } from './lib/packages.js';
import { runCommands } from './lib/shell.js';
import { entryOf } from '../src/engine/text.js';

/** How each apt subcommand is written for scripts, and whether the switch keeps the image the same. */
const REPLACEMENTS: Readonly<Record<string, { program: 'apt-get' | 'apt-cache'; sub?: string; safe: boolean }>> = {
  update: { program: 'apt-get', safe: true },
  remove: { program: 'apt-get', safe: true },
  purge: { program: 'apt-get', safe: true },
  autoremove: { program: 'apt-get', safe: true },
  clean: { program: 'apt-get', safe: true },
  autoclean: { program: 'apt-get', safe: true },
  source: { program: 'apt-get', safe: true },
  download: { program: 'apt-get', safe: true },
  changelog: { program: 'apt-get', safe: true },
  // apt deletes the .deb files it downloaded once installed; apt-get keeps them in
  // /var/cache/apt/archives unless the image is configured to remove them.
  install: { program: 'apt-get', safe: false },
  'build-dep': { program: 'apt-get', safe: false },
  satisfy: { program: 'apt-get', safe: false },
  'dist-upgrade': { program: 'apt-get', safe: false },
  'full-upgrade': { program: 'apt-get', sub: 'dist-upgrade', safe: false },
  // `apt upgrade` also installs new dependencies; `apt-get upgrade` holds such packages back.
  upgrade: { program: 'apt-get', safe: false },
  // apt-cache prints the same facts in its own, stable, format.
  search: { program: 'apt-cache', safe: false },
  show: { program: 'apt-cache', safe: false },
  showsrc: { program: 'apt-cache', safe: false },
  depends: { program: 'apt-cache', safe: false },
  rdepends: { program: 'apt-cache', safe: false },
  policy: { program: 'apt-cache', safe: false },
  madison: { program: 'apt-cache', safe: false },
};
const SUBCOMMANDS: ReadonlySet<string> = new Set(Object.keys(REPLACEMENTS));

export const rule: Rule = {
  meta: {
    name: 'apt-instead-of-apt-get',
    aliases: ['DL3027', 'CKV_DOCKER_9'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Use `apt-get` or `apt-cache` instead of `apt` in RUN',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports the `apt` program in a RUN (ONBUILD triggers, `sudo` and `env` wrappers included), on the `apt` word.',
      whyItMatters:
        'apt is the interactive front end: it prints "WARNING: apt does not have a stable CLI interface. Use with caution in scripts.", draws progress bars, and its defaults and output may change between releases. apt-get and apt-cache keep a stable interface for scripts. Info severity: apt works in builds today; the switch is about not depending on an interface that is not promised.',
      example: 'FROM debian:12-slim\nRUN apt update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      fix:
        'Replaces `apt` with `apt-get` (`update`, `install`, `remove`, `purge`, `autoremove`, `clean`, `upgrade`, `dist-upgrade`, ...; `full-upgrade` becomes `apt-get dist-upgrade`) or with `apt-cache` (`search`, `show`, `depends`, `policy`, ...). Safe for subcommands that behave the same (`update`, `remove`, `purge`, `autoremove`, `clean`, `source`, `download`, ...). Unsafe for installs and upgrades: apt deletes the .deb files it downloaded after installing them and apt-get keeps them in /var/cache/apt/archives (Debian\'s and Ubuntu\'s official images remove them anyway), and `apt upgrade` installs new dependencies where `apt-get upgrade` holds packages back; unsafe for the apt-cache ones too, as their output format differs. No fix for `apt list`, `apt edit-sources` and other apt-only subcommands.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const program = command.program;
      if (program?.name !== 'apt') continue;
      const call = aptCall(command, SUBCOMMANDS);
      const replacement = call?.sub.value ? entryOf(REPLACEMENTS, call.sub.value) : undefined;
      const word = program.word;
      // `/usr/bin/apt` becomes `/usr/bin/apt-get`; a quoted program word is left alone.
      const fixable = call && replacement && word.raw === word.value;
      report({
        start: word.start,
        end: word.end,
        message: `\`apt\` has no stable interface for scripts; use \`${replacement?.program ?? 'apt-get`, `apt-cache` or `dpkg-query'}\` instead`,
        data: fixable
          ? {
              tool: { start: word.start, end: word.end, text: `${word.raw.slice(0, -3)}${replacement.program}` },
              sub: replacement.sub ? { start: call.sub.start, end: call.sub.end, text: replacement.sub } : null,
              safe: replacement.safe,
            }
          : { noFix: true },
      });
    }
  },
};
