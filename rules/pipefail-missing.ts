/**
 * pipefail-missing: a RUN pipeline succeeds when its last command does, whatever failed
 * before it, unless the shell runs with `-o pipefail`.
 */
import type { ImageRef } from '../src/engine/image.js';
import type { Instruction, RunShell, Stage } from '../src/engine/source.js';
import type { LintSettings, Rule, RuleContext } from '../src/engine/types.js';
import { lookupImage } from './data/images.js';
import { isPosixShell, setsPipefail, shellArgv, shellName, shellInstructionAt } from './lib/shell-instruction.js';

/** Shells that know `-o pipefail` and can be given it in a SHELL instruction. */
const PIPEFAIL_SHELLS: ReadonlySet<string> = new Set(['bash', 'ash', 'zsh', 'ksh', 'mksh']);

/** Windows images run RUN with `cmd /S /C` unless SHELL says otherwise. */
function isWindowsImage(ref: ImageRef | null): boolean {
  return ref !== null && /windows|nanoserver|servercore|ltsc20/i.test(ref.raw);
}

/** The first pipe of a script that runs without pipefail, or null. */
function unguardedPipe(shell: RunShell): { start: number; end: number } | null {
  const pipe = shell.operators.find((o) => o.op === '|' || o.op === '|&');
  if (!pipe) return null;
  const set = shell.commands.some((c) => c.start < pipe.start && c.words[0]?.value === 'set' && setsPipefail(c.words.slice(1).map((w) => w.value)));
  return set ? null : pipe;
}

/**
 * The SHELL command line that turns pipefail on for a stage: the current shell with
 * `-o pipefail` added when it is one that knows the option, else a shell the base image is
 * known to have (bash, or BusyBox ash on Alpine-like images). Null when neither is known.
 */
function pipefailShell(current: readonly string[] | null, root: ImageRef | null, settings: LintSettings): string[] | null {
  if (current) {
    const [exe, ...rest] = current;
    return exe !== undefined && PIPEFAIL_SHELLS.has(shellName(exe)) ? [exe, '-o', 'pipefail', ...rest] : null;
  }
  const fact = lookupImage(root, settings.images);
  if (fact?.bash) return ['/bin/bash', '-o', 'pipefail', '-c'];
  if (fact?.family === 'alpine') return ['/bin/ash', '-o', 'pipefail', '-c'];
  return null;
}

/** Whether a RUN's pipelines run under the given SHELL (null: the default) without pipefail; null when the rule does not apply. */
function needsPipefail(shell: RunShell, shellInst: Instruction | null, stage: Stage): boolean | null {
  if (shell.shebang !== null) {
    // The interpreter named by `#!` runs the script; SHELL plays no part.
    const [program, arg] = shell.shebang.split(/\s+/);
    const interpreter = program && shellName(program) === 'env' ? arg : program;
    return interpreter !== undefined && isPosixShell(interpreter) ? true : null;
  }
  if (!shellInst) return isWindowsImage(stage.rootImage) ? null : true;
  const argv = shellArgv(shellInst);
  if (!argv || !isPosixShell(argv[0] as string)) return null;
  return !setsPipefail(argv);
}

function checkStage(stage: Stage, { settings, report }: RuleContext): void {
  let shellInst = stage.baseStage ? shellInstructionAt(stage.baseStage, null) : null;
  // Per SHELL in effect (null: the default), the SHELL line that fixes its RUNs and where it goes:
  // before the first such RUN, so one line covers the ones after it.
  const fixes = new Map<Instruction | null, { shell: string[]; before: number } | null>();
  for (const inst of stage.instructions) {
    if (inst.keyword === 'SHELL') shellInst = inst;
    if (inst.keyword !== 'RUN') continue;
    const shell = inst.shell;
    if (!shell || !needsPipefail(shell, shellInst, stage)) continue;
    const pipe = unguardedPipe(shell);
    if (!pipe) continue;
    let fix: { shell: string[]; before: number } | null = null;
    // A `#!` script ignores SHELL, so a SHELL line does not fix it.
    if (shell.shebang === null) {
      if (!fixes.has(shellInst)) {
        const argv = pipefailShell(shellInst ? shellArgv(shellInst) : null, stage.rootImage, settings);
        fixes.set(shellInst, argv ? { shell: argv, before: inst.start } : null);
      }
      fix = fixes.get(shellInst) ?? null;
    }
    report({ ...pipe, message: 'A pipe in RUN hides failures before its last command: set `-o pipefail` (SHELL or `set -o pipefail`)', data: fix ?? { noFix: true } });
  }
  // ONBUILD RUN triggers run in a later build, under the SHELL this stage ends with.
  const finalShell = shellInstructionAt(stage, null);
  for (const inst of stage.instructions) {
    const trigger = inst.trigger;
    if (trigger?.keyword !== 'RUN' || !trigger.shell || !needsPipefail(trigger.shell, finalShell, stage)) continue;
    const pipe = unguardedPipe(trigger.shell);
    if (pipe) report({ ...pipe, message: 'A pipe in an ONBUILD RUN hides failures before its last command: set `-o pipefail` (SHELL or `set -o pipefail`)', data: { noFix: true } });
  }
}

export const rule: Rule = {
  meta: {
    name: 'pipefail-missing',
    aliases: ['DL4006', 'DS-0032'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Set pipefail before RUN instructions that use a pipe',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports the first `|` of each shell-form `RUN` (ONBUILD triggers included) when the pipeline runs without pipefail: no `SHELL [..., "-o", "pipefail", ...]` is in effect (SHELL carries over to stages built FROM a stage) and no `set -o pipefail` comes earlier in the same RUN. Exec-form RUN is not reported, nor RUN under a SHELL that is not a POSIX shell (PowerShell, cmd, ...) or in a Windows image without SHELL, nor heredoc scripts whose `#!` names another interpreter.',
      whyItMatters:
        'A pipeline\'s status is its last command\'s. In `RUN curl -fsSL https://example.com/install.sh | sh` a failed download still pipes nothing into a succeeding `sh`, and the build goes on with a broken image. pipefail makes the build stop where it failed.',
      example: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nRUN curl -fsSL https://example.com/setup.sh | bash\n',
      exampleFixed:
        'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/setup.sh | bash\n',
      fix:
        'Inserts a SHELL line before the first such RUN of the stage. With a SHELL already in effect that knows the option (bash, ash, zsh, ksh), it is the same command line with `-o pipefail` added; without one, `["/bin/bash", "-o", "pipefail", "-c"]` when the base image is known to have bash, or `["/bin/ash", "-o", "pipefail", "-c"]` on Alpine and BusyBox images (BusyBox ash supports pipefail), from the base-image table and the `images:` config. No fix when the shell is not known, for ONBUILD triggers, or for `#!` heredoc scripts (SHELL does not reach them). Unsafe: every later RUN of the stage switches shells (and to bash semantics), and pipelines that used to pass despite an early failure now fail the build.',
    },
  },
  check(context) {
    for (const stage of context.source.stages) checkStage(stage, context);
  },
};
