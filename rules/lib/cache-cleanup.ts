/**
 * Shared by the `*-cache-not-cleaned` rules: a package manager's install leaves its
 * download cache in the layer unless the same RUN cleans it afterwards (or the cache is on a
 * cache/tmpfs mount). Only stages that end up in the image are checked.
 */
import type { Instruction } from '../../src/engine/source.js';
import type { RuleContext } from '../../src/engine/types.js';
import { runMounts } from './mounts.js';
import { parseArgs, type ToolCall } from './packages.js';
import { appendPoint } from './run-end.js';
import { commandsOf, type RunCommand } from './shell.js';

export interface CacheCleanup {
  /** The install call a command makes, or null. */
  install(command: RunCommand): ToolCall | null;
  /** Whether a command is the tool's own clean-up (`yum clean all`). */
  cleans(command: RunCommand): boolean;
  /** Whether removing, or mounting a cache on, this absolute path takes the cache with it. */
  coversCache(path: string): boolean;
  /** The clean-up command to append after this install (`yum clean all`). */
  cleanCommand(install: ToolCall): string;
  /** The finding's message for this install. */
  message(install: ToolCall): string;
}

/** `rm` of the cache folder, its contents (`/*`) or a folder above it. */
function removesCache(command: RunCommand, spec: CacheCleanup): boolean {
  if (command.name !== 'rm') return false;
  return parseArgs(command.args, {}).operands.some((w) => w.value !== null && spec.coversCache(w.value.replace(/\/\*+$/, '') || '/'));
}

function cacheMounted(inst: Instruction, spec: CacheCleanup): boolean {
  return runMounts(inst).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== null && spec.coversCache(m.target));
}

/** `sudo ` when the install ran under sudo, so that the clean-up can write where the install did. */
function sudoPrefix(install: ToolCall): string {
  const first = install.command.cmd.words[0];
  return first && first !== install.tool && first.value === 'sudo' ? 'sudo ' : '';
}

export function checkCacheCleanup({ source, report }: RuleContext, spec: CacheCleanup): void {
  const finalImage = source.finalStage?.chain ?? [];
  for (const inst of source.allInstructions()) {
    if (inst.keyword !== 'RUN' || !inst.stage || !inst.shell || !finalImage.includes(inst.stage)) continue;
    // The last install not followed by a clean-up; a clean-up before an install does nothing for it.
    let pending: ToolCall | null = null;
    for (const command of commandsOf(inst)) {
      const install = spec.install(command);
      if (install) pending = install;
      else if (pending && (spec.cleans(command) || removesCache(command, spec))) pending = null;
    }
    if (!pending || cacheMounted(inst, spec)) continue;
    const insertAt = appendPoint(inst.shell);
    report({
      start: pending.tool.start,
      end: pending.sub.end,
      message: spec.message(pending),
      data: insertAt === null ? { noFix: true } : { insertAt, command: `${sudoPrefix(pending)}${spec.cleanCommand(pending)}` },
    });
  }
}
