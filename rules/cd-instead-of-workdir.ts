/**
 * cd-instead-of-workdir: a RUN changes directory with `cd`. When the RUN starts with
 * `cd <dir> && ...`, the cd can become a WORKDIR line; the finding says whether the
 * directory change would then leak into what follows.
 */
import type { Instruction, Stage } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { commandsOf } from './lib/shell.js';

/**
 * Instructions after the RUN whose meaning depends on the working directory. Null when the
 * next one of them is an absolute WORKDIR: a WORKDIR set in place of the `cd` then changes
 * nothing that follows. Else the first instruction that would see the new directory, or
 * the end of the stage (the image's working directory, and every stage built on it).
 */
function leaksInto(stage: Stage, run: Instruction): Instruction | 'end' | null {
  const after = stage.instructions.slice(stage.instructions.indexOf(run) + 1);
  for (const inst of after) {
    switch (inst.keyword) {
      case 'WORKDIR': {
        const path = inst.logicalArgs.trim();
        return path.startsWith('/') && !path.includes('$') ? null : inst;
      }
      case 'ENV':
      case 'ARG':
      case 'LABEL':
      case 'EXPOSE':
      case 'STOPSIGNAL':
      case 'MAINTAINER':
      case 'USER':
      case 'VOLUME':
        continue;
      default:
        return inst;
    }
  }
  return 'end';
}

/** A directory operand that WORKDIR reads the same way `cd` does: static, no `~`, `-` or options. */
function plainDirectory(value: string | null): string | null {
  if (value === null || value === '' || value.startsWith('-') || value.startsWith('~')) return null;
  return /[\s"'\\`$]/.test(value) ? null : value;
}

export const rule: Rule = {
  meta: {
    name: 'cd-instead-of-workdir',
    aliases: ['DL3003', 'DS013'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Use WORKDIR to switch directories instead of `cd` in RUN',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports top-level `cd` commands in RUN instructions (ONBUILD RUN included). A `cd` inside a subshell, `$( )`, or a compound command is not reported: `(cd /src && make)` is the pattern hadolint\'s own docs recommend, yet hadolint reports it.',
      whyItMatters:
        'A `cd` lasts until the end of its RUN, so each RUN repeats it and readers must track the directory by hand. `WORKDIR` states it once, creates it if needed, and applies to the following RUN, COPY and the container\'s start. Severity info: `cd` to build and clean up in one layer (`cd /tmp/src && make install && cd / && rm -rf /tmp/src`) is legitimate.',
      example: 'FROM node:20\nCOPY . /usr/src/app\nRUN cd /usr/src/app && npm ci\nWORKDIR /srv\n',
      exampleFixed: 'FROM node:20\nCOPY . /usr/src/app\nWORKDIR /usr/src/app\nRUN npm ci\nWORKDIR /srv\n',
      fix:
        'When a RUN starts with `cd <dir> && ...`, moves the `cd` to a `WORKDIR <dir>` line above the RUN. Safe when the next instruction that depends on the working directory is an absolute `WORKDIR`: nothing else sees the change (if the directory were missing, the build that failed at `cd` now creates it). Unsafe otherwise: later RUN, COPY, CMD or the image\'s working directory would follow the new directory. No fix for other `cd`s, `cd` with options, `~`, `-` or variables, for ONBUILD triggers, or when comment lines follow the `cd`.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'RUN') continue;
      const commands = commandsOf(inst);
      commands.forEach(({ cmd }, i) => {
        const first = cmd.words[0];
        if (!first || cmd.depth !== 0 || first.value !== 'cd') return;
        const dir = plainDirectory(cmd.words.length === 2 ? (cmd.words[1]?.value ?? null) : null);
        const next = commands[i + 1]?.cmd;
        const fixable =
          i === 0 &&
          dir !== null &&
          cmd.redirects.length === 0 &&
          cmd.assignments.length === 0 &&
          next !== undefined &&
          next.connector === '&&' &&
          !inst.parent &&
          inst.stage !== null &&
          !inst.shell?.heredocScript &&
          source.commentsWithin(cmd.start, next.start).length === 0;
        const leak = fixable && inst.stage ? leaksInto(inst.stage, inst) : null;
        report({
          start: cmd.start,
          end: cmd.end,
          message: '`cd` in RUN lasts only for this step: switch directories with WORKDIR',
          data: fixable && next ? { dir, cdStart: cmd.start, restStart: next.start, run: inst.start, leaks: leak !== null } : { noFix: true },
        });
      });
    }
  },
};
