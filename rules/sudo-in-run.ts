/**
 * sudo-in-run: `sudo` in a RUN. A build step runs as the USER in effect; sudo either does
 * nothing (as root) or hides a privilege switch that belongs in a USER line.
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { ShellCommand, ShellWord } from '../src/shell/types.js';
import { type OptionSpec, parseArgs } from './lib/packages.js';
import { basename, unwrap } from './lib/shell.js';
import { userAt } from './lib/user.js';

/** sudo's options that take a value. */
const SUDO_SPEC: OptionSpec = {
  short: 'CDghpRrTtUu',
  long: new Set(['--close-from', '--chdir', '--group', '--host', '--prompt', '--chroot', '--role', '--type', '--command-timeout', '--other-user', '--user']),
  stopAtOperand: true,
};

/** Options that change nothing when root runs the command anyway. */
const HARMLESS_OPTIONS: ReadonlySet<string> = new Set(['-E', '-H', '-n', '-S', '-k', '--preserve-env', '--set-home', '--non-interactive', '--stdin', '--reset-timestamp']);

/** Facts about one `sudo` word: the words to remove and whether removing them keeps the meaning. */
interface SudoUse {
  readonly word: ShellWord;
  /** `sudo` and its options. */
  readonly remove: readonly ShellWord[];
  /** Whether a command follows the options (`sudo -v` has none). */
  readonly hasCommand: boolean;
  /** Whether every option is one that changes nothing for root (`-E`, `-H`, `-n`, `-u root`). */
  readonly harmless: boolean;
}

function sudoUse(words: readonly ShellWord[], at: number): SudoUse {
  const args = words.slice(at + 1);
  const { options, firstOperand } = parseArgs(args, SUDO_SPEC);
  const harmless = options.every((o) => HARMLESS_OPTIONS.has(o.name) || ((o.name === '-u' || o.name === '--user') && (o.value === 'root' || o.value === '0')));
  return { word: words[at] as ShellWord, remove: words.slice(at, at + 1 + firstOperand), hasCommand: firstOperand < args.length, harmless };
}

/** The `sudo` words that start a command: the program itself or what a wrapper (`env`, `nice`) runs. */
function sudoWords(cmd: ShellCommand): number[] {
  const words = cmd.words;
  // `command -v sudo` asks whether sudo exists; it runs nothing.
  if (words[0]?.value === 'command' && (words[1]?.value === '-v' || words[1]?.value === '-V')) return [];
  const { at } = unwrap(cmd);
  const limit = at === -1 ? words.length : at;
  const found: number[] = [];
  for (let i = 0; i < limit; i++) {
    const value = (words[i] as ShellWord).value;
    if (value !== null && basename(value) === 'sudo') found.push(i);
  }
  return found;
}

function checkRun(inst: Instruction, { source, settings, report }: RuleContext): void {
  const shell = inst.shell;
  const stage = inst.stage;
  if (!shell || !stage) return;
  const uses = shell.commands.flatMap((cmd) => sudoWords(cmd).map((at) => sudoUse(cmd.words, at)));
  if (uses.length === 0) return;
  // An ONBUILD trigger runs in a later build, as the user this stage ends with.
  const root = userAt(source, stage, inst.parent ? null : inst, settings).root;
  const message =
    root === true
      ? '`sudo` is not needed: this RUN already runs as root; remove it'
      : '`sudo` in RUN: switch users with `USER root` (and back) for the steps that need root';
  // Heredoc bodies cost a walk of the AST: only look them up when the script has a `<<`.
  const hasHeredoc = shell.heredocScript || shell.commands.some((c) => c.redirects.some((r) => r.op === '<<' || r.op === '<<-'));
  const bodies = hasHeredoc ? inst.heredocs.map((h) => h.body) : [];
  for (const use of uses) {
    // Removing words from a heredoc script rewrites the user's script text: shown, never applied.
    const inHeredoc = bodies.some((b) => b.start <= use.word.start && use.word.start < b.end);
    const remove = use.remove.map((w) => ({ start: w.start, end: w.end }));
    report({
      start: use.word.start,
      end: use.word.end,
      message,
      data: use.hasCommand ? { remove, safe: root === true && use.harmless && !inHeredoc } : { noFix: true },
    });
  }
}

export const rule: Rule = {
  meta: {
    name: 'sudo-in-run',
    aliases: ['DL3004', 'DS010', 'AVD-DS-0010', 'CKV2_DOCKER_1'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Do not use sudo in RUN',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports every `sudo` that starts a command in a shell-form RUN, at any depth (inside `if`, `$( )`, subshells) and after wrappers such as `env` or `nice`. ONBUILD RUN triggers are checked too.',
      whyItMatters:
        'A RUN step runs as the user set by the last USER line (root when there is none). As root, sudo adds nothing but a dependency on the sudo package and its environment reset. As another user, sudo only works when the image grants that user passwordless sudo, which then stays in the image for anyone who gets a shell in the container. Switching with `USER root` for the steps that need it, and back, says the same thing without either cost.',
      example: 'FROM ubuntu:24.04\nRUN sudo apt-get update && sudo apt-get install -y curl\n',
      exampleFixed: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n',
      fix:
        'Removes `sudo` and its options, leaving the command it ran. Safe when the RUN runs as root (no USER, or the last USER is root; from the base-image table for images that run as another user) and sudo has no options or only ones that change nothing for root (`-E`, `-H`, `-n`, `-S`, `-k`, `-u root`). Otherwise the fix is shown but never applied: as another user the command would lose root, and options like `-u app` or `-i` change who or how it runs. For an ONBUILD trigger the user is the one the stage ends with. Inside a `RUN <<EOF` heredoc the fix is only shown: shipshape does not delete text from heredoc bodies.',
    },
  },
  check(context) {
    for (const inst of context.source.allInstructions()) if (inst.keyword === 'RUN') checkRun(inst, context);
  },
};
