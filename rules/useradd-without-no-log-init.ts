/**
 * useradd-without-no-log-init: `useradd -u <high uid>` without `-l` writes sparse
 * lastlog/faillog files sized by the UID, which image layers store at full size.
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { type OptionSpec, type ParsedOption, parseArgs } from './lib/packages.js';
import { runCommands } from './lib/shell.js';

/** useradd's options that take a value. */
const USERADD_SPEC: OptionSpec = {
  short: 'bcdefgGkKpPRsuZ',
  long: new Set(['--base-dir', '--comment', '--home-dir', '--expiredate', '--inactive', '--gid', '--groups', '--skel', '--key', '--password', '--root', '--prefix', '--shell', '--uid', '--selinux-user', '--selinux-range']),
};

/** hadolint's threshold: a UID of more than five digits (100000 and up). */
const HIGH_UID_DIGITS = 5;

/** The value of a UID option, with ARG/ENV values filled in for `-u "$APP_UID"`; null when unknown. */
function uidValue(option: ParsedOption, inst: Instruction): string | null {
  if (option.value !== null) return option.value;
  if (option.rawValue === null) return null;
  const { value, complete } = inst.source.resolve(option.rawValue.replace(/"/g, ''), inst);
  return complete ? value : null;
}

function isHighUid(uid: string): boolean {
  return /^[0-9]+$/.test(uid) && uid.replace(/^0+/, '').length > HIGH_UID_DIGITS;
}

export const rule: Rule = {
  meta: {
    name: 'useradd-without-no-log-init',
    aliases: ['DL3046'],
    severity: 'warning',
    category: 'performance',
    summary: 'Use `useradd -l` when the UID is high',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `useradd` in a RUN (ONBUILD triggers included) that sets a UID of 100000 or more with `-u`/`--uid` and does not pass `-l`/`--no-log-init`. A UID given through an ARG or ENV value is resolved. The threshold (more than five digits) is the one hadolint uses.',
      whyItMatters:
        'Without `-l`, useradd reserves a record for the new UID in /var/log/lastlog and /var/log/faillog. Both are sparse files whose size grows with the UID: a UID of 1000000000 makes a lastlog of hundreds of gigabytes. On disk the holes cost nothing, but image layers are tar archives that store the file at its full size, so the build slows to a crawl or runs out of space.',
      example: 'FROM debian:12-slim\nRUN useradd -u 100001 -m app\nUSER app\n',
      exampleFixed: 'FROM debian:12-slim\nRUN useradd -l -u 100001 -m app\nUSER app\n',
      fix: 'Inserts `-l` right after `useradd`. Safe: the user, its UID, groups and home are the same; only the lastlog and faillog records are not written, and nothing in a container reads them.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const program = command.program;
      if (program?.name !== 'useradd') continue;
      const { options } = parseArgs(program.args, USERADD_SPEC);
      if (options.some((o) => o.name === '-l' || o.name === '--no-log-init')) continue;
      const uidOption = options.filter((o) => o.name === '-u' || o.name === '--uid').pop();
      const uid = uidOption ? uidValue(uidOption, command.inst) : null;
      if (uid === null || !isHighUid(uid)) continue;
      const word = program.word;
      report({
        start: word.start,
        end: word.end,
        message: `\`useradd\` with UID ${uid} and without \`-l\` writes huge sparse lastlog/faillog files into the layer; add \`-l\` (\`--no-log-init\`)`,
        data: { insertAt: word.end },
      });
    }
  },
};
