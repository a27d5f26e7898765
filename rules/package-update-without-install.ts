/**
 * package-update-without-install: a RUN refreshes a package index (`apt-get update`,
 * `apk update`, `yum update`...) and installs nothing after it in the same RUN.
 */
import type { Rule } from '../src/engine/types.js';
import { aptCall, aptGetCall, apkCall, dnfCall, type ToolCall, yumCall, zypperCall } from './lib/packages.js';
import { commandsOf, type RunCommand } from './lib/shell.js';

const UPDATE = new Set(['update', 'up', 'refresh', 'ref', 'makecache']);
const INSTALL = new Set(['install', 'in', 'add', 'upgrade', 'reinstall', 'groupinstall', 'localinstall', 'source-install', 'dist-upgrade', 'dup']);

type Finder = (command: RunCommand, subcommands: ReadonlySet<string>) => ToolCall | null;
/** Package managers by family: an install by any tool of the family uses the index the update refreshed. */
const FAMILIES: readonly (readonly Finder[])[] = [[aptGetCall, aptCall], [apkCall], [yumCall, dnfCall], [zypperCall]];

export const rule: Rule = {
  meta: {
    name: 'package-update-without-install',
    aliases: ['DS017', 'DS-0017', 'AVD-DS-0017', 'CKV_DOCKER_5'],
    severity: 'warning',
    category: 'correctness',
    summary: 'A RUN updates a package index without installing anything after it',
    fix: null,
    docs: {
      whatItDoes:
        'Reports a RUN whose package-index refresh (`apt-get update`, `apk update`, `yum`/`dnf makecache` or `update`, `zypper refresh`) is not followed, in the same RUN, by an install with the same package manager. ' +
        'Trivy counts `yum update` as a refresh too, although it upgrades every package; shipshape follows it so the ids match.',
      whyItMatters:
        'The build cache keeps the `RUN apt-get update` layer for as long as its text does not change. A later `RUN apt-get install x` then reads an index that can be months old, and fails when the mirror has dropped the versions it names, or silently installs stale packages.',
      example: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      fix: 'None: joining two RUNs is what `multiple-consecutive-run` offers when they are adjacent; in general the install may be far away.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'RUN') continue;
      const commands = commandsOf(inst);
      for (const family of FAMILIES) {
        for (let i = 0; i < commands.length; i++) {
          const command = commands[i] as RunCommand;
          const update = family.map((find) => find(command, UPDATE)).find((c) => c !== null);
          if (!update) continue;
          const installed = commands.slice(i + 1).some((later) => family.some((find) => find(later, INSTALL) !== null));
          if (installed) continue;
          report({
            start: update.tool.start,
            end: update.sub.end,
            message: `\`${update.name} ${update.sub.value ?? update.sub.raw}\` with no install after it in this RUN: install in the same RUN so the index is never stale`,
          });
        }
      }
    }
  },
};
