/**
 * apt-lists-not-removed: `apt-get update` downloads package lists into /var/lib/apt/lists;
 * unless the same RUN removes them, they stay in the image's layer for good.
 */
import type { Instruction, SourceFile, Stage } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { isWithin, keptOutOfLayer } from './lib/mounts.js';
import { aptCall, parseArgs, type ToolCall } from './lib/packages.js';
import { commandsOf, type RunCommand } from './lib/shell.js';
import { appendPoint } from './lib/run-end.js';

const LISTS = '/var/lib/apt/lists';
const UPDATE: ReadonlySet<string> = new Set(['update']);
/** apt subcommands that read the package lists (and fail or find nothing without them). */
const LIST_READERS: ReadonlySet<string> = new Set([
  'install', 'reinstall', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download', 'satisfy',
  'search', 'show', 'list', 'policy', 'madison', 'depends', 'rdepends',
]);

/** What one RUN does with apt's lists. */
interface RunFacts {
  readonly inst: Instruction;
  readonly stage: Stage;
  /** The last `apt-get update` of the RUN not followed by a removal of the lists. */
  readonly leftUpdate: ToolCall | null;
  /** Whether the RUN reads the lists before (or without) updating them itself. */
  readonly readsOldLists: boolean;
}

/** `rm` of /var/lib/apt/lists, its contents (`/*`) or a folder above it. */
function removesLists(command: RunCommand): boolean {
  if (command.name !== 'rm') return false;
  return parseArgs(command.args, {}).operands.some((w) => w.value !== null && isWithin(LISTS, w.value.replace(/\/\*+$/, '') || '/'));
}

function factsOf(inst: Instruction, stage: Stage): RunFacts {
  let leftUpdate: ToolCall | null = null;
  let updated = false;
  let readsOldLists = false;
  for (const command of commandsOf(inst)) {
    const update = aptCall(command, UPDATE);
    if (update) {
      leftUpdate = update;
      updated = true;
    } else if (!updated && (aptCall(command, LIST_READERS) || command.name === 'apt-cache')) readsOldLists = true;
    else if (leftUpdate && removesLists(command)) leftUpdate = null;
  }
  return { inst, stage, leftUpdate, readsOldLists };
}

/** Whether RUN `later` runs after RUN `run` in a build of this file (or of an image built FROM it, for ONBUILD). */
function runsAfter(later: RunFacts, run: RunFacts): boolean {
  if (later === run || !later.stage.chain.includes(run.stage)) return false;
  const sameStageLater = later.stage !== run.stage || later.inst.start > run.inst.start;
  // An ONBUILD trigger fires in a child of its stage, after every instruction of the stage.
  if (run.inst.parent) return later.inst.parent ? sameStageLater : later.stage !== run.stage;
  return later.inst.parent !== null || sameStageLater;
}

function allRunFacts(source: SourceFile): RunFacts[] {
  const facts: RunFacts[] = [];
  for (const inst of source.allInstructions()) {
    if (inst.keyword === 'RUN' && inst.stage && inst.shell) facts.push(factsOf(inst, inst.stage));
  }
  return facts;
}

export const rule: Rule = {
  meta: {
    name: 'apt-lists-not-removed',
    aliases: ['DL3009'],
    severity: 'info',
    category: 'performance',
    summary: 'Remove /var/lib/apt/lists in the RUN that runs `apt-get update`',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports a RUN whose `apt-get update` (or `apt update`) is not followed, in the same RUN, by an `rm` of `/var/lib/apt/lists/*` (or of the folder, or of a folder above it). Only stages that end up in the final image are checked: the last stage and the stages it is built FROM, as the lists of a builder stage never ship (hadolint also checks any stage that another stage is built FROM). A RUN with a cache or tmpfs mount on /var/lib/apt/lists (or a folder above it) is fine: the lists never reach the layer. ONBUILD triggers are checked too.',
      whyItMatters:
        'The lists are tens of megabytes. A later RUN that deletes them does not make the image smaller: the layer that added them keeps them. Only removing them in the RUN that downloaded them keeps them out of the image. They are also stale by the time anyone uses the image, so keeping them has no value.',
      example: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      exampleFixed: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      fix:
        'Appends ` && rm -rf /var/lib/apt/lists/*` to the last command of the RUN, on its line (before a trailing `;`; in a `RUN <<EOF` script, at the end of its last command). Safe: `&&` keeps the RUN failing when its commands fail, and the lists are only read by apt itself. When a later RUN of the build (or an ONBUILD trigger) reads the lists without running `apt-get update` first, removing them would break it, so the fix is shown but never applied. No fix when the script ends in a compound command (`fi`, `done`, `)`), a background `&`, or could not be parsed.',
    },
  },
  check({ source, report }) {
    const finalImage = source.finalStage?.chain ?? [];
    const facts = allRunFacts(source);
    for (const run of facts) {
      const update = run.leftUpdate;
      if (!update || !finalImage.includes(run.stage) || keptOutOfLayer(run.inst, LISTS)) continue;
      const insertAt = run.inst.shell ? appendPoint(run.inst.shell) : null;
      const laterUse = facts.some((other) => other.readsOldLists && runsAfter(other, run));
      report({
        start: update.tool.start,
        end: update.sub.end,
        message: `The lists that \`${update.name} update\` downloads stay in the image; remove them in the same RUN with \`rm -rf /var/lib/apt/lists/*\``,
        data: insertAt === null ? { noFix: true } : { insertAt, laterUse },
      });
    }
  },
};
