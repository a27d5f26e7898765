/** Queries over the shell view that many rules share. Rules use these, never raw text. */
import type { Instruction, SourceFile } from '../../src/engine/source.js';
import type { ShellCommand, ShellWord } from '../../src/shell/types.js';

export interface RunCommand {
  readonly inst: Instruction;
  readonly cmd: ShellCommand;
  /** Index in `cmd.words` of the real command after wrappers (`sudo`, `env`, `nice`, ...); -1 if none. */
  readonly at: number;
  /** The real command's name (basename, e.g. `apt-get` for `/usr/bin/apt-get`), or null when not static. */
  readonly name: string | null;
  /** The real command's arguments. */
  readonly args: readonly ShellWord[];
}

/** Commands that run another command given as their arguments. */
const WRAPPERS: Readonly<Record<string, { valueOptions: ReadonlySet<string> }>> = {
  sudo: { valueOptions: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-R', '-T', '-U', '--user', '--group', '--host', '--prompt', '--chdir', '--close-from', '--chroot', '--other-user', '--command-timeout']) },
  env: { valueOptions: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']) },
  nice: { valueOptions: new Set(['-n', '--adjustment']) },
  nohup: { valueOptions: new Set() },
  time: { valueOptions: new Set(['-f', '--format', '-o', '--output']) },
  exec: { valueOptions: new Set(['-a']) },
  command: { valueOptions: new Set() },
  stdbuf: { valueOptions: new Set(['-i', '-o', '-e']) },
  timeout: { valueOptions: new Set(['-s', '--signal', '-k', '--kill-after']) },
  xargs: { valueOptions: new Set(['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a']) },
};

export function basename(value: string): string {
  return value.slice(value.lastIndexOf('/') + 1);
}

/** Finds the real command in a simple command, skipping wrappers like `sudo -u x` and `env A=b`. */
export function unwrap(cmd: ShellCommand): { at: number; name: string | null } {
  const words = cmd.words;
  let i = 0;
  while (i < words.length) {
    const value = (words[i] as ShellWord).value;
    if (value === null) return { at: i, name: null };
    const name = basename(value);
    const wrapper = WRAPPERS[name];
    if (!wrapper) return { at: i, name };
    i++;
    // timeout's first operand is the duration.
    let durationPending = name === 'timeout';
    while (i < words.length) {
      const v = (words[i] as ShellWord).value ?? '';
      if (v === '--') {
        i++;
        break;
      }
      if (v.startsWith('-') && v.length > 1) {
        i += wrapper.valueOptions.has(v) ? 2 : 1;
        continue;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        i++;
        continue;
      }
      if (durationPending) {
        durationPending = false;
        i++;
        continue;
      }
      break;
    }
  }
  return { at: -1, name: null };
}

/** Every simple command of every shell-form RUN (ONBUILD RUN triggers included), in order. */
const FILE_COMMANDS = Symbol('run commands');
const COMMANDS = Symbol('commands');

/** Every RUN's commands in order, computed once per file: many rules walk them. */
export function runCommands(source: SourceFile): readonly RunCommand[] {
  // CMD, ENTRYPOINT and HEALTHCHECK have a shell view too; this walks the build's RUNs.
  return source.memo(FILE_COMMANDS, () => source.allInstructions().flatMap((inst) => (inst.keyword === 'RUN' ? commandsOf(inst) : [])));
}

/** Commands per instruction, unwrapped once: dozens of rules walk the same RUNs. */
export function commandsOf(inst: Instruction): readonly RunCommand[] {
  return inst.memo(COMMANDS, () => {
    const shell = inst.shell;
    if (!shell) return [];
    return shell.commands.map((cmd) => {
      const { at, name } = unwrap(cmd);
      return { inst, cmd, at, name, args: at === -1 ? [] : cmd.words.slice(at + 1) };
    });
  });
}

/** Positional (non-option) arguments; `valueOptions` are options whose value is the next word. */
export function positionals(args: readonly ShellWord[], valueOptions: ReadonlySet<string> = new Set()): ShellWord[] {
  const out: ShellWord[] = [];
  let afterDashDash = false;
  for (let i = 0; i < args.length; i++) {
    const w = args[i] as ShellWord;
    const v = w.value ?? w.raw;
    if (!afterDashDash && v === '--') {
      afterDashDash = true;
      continue;
    }
    if (!afterDashDash && v.startsWith('-') && v.length > 1) {
      if (valueOptions.has(v)) i++;
      continue;
    }
    out.push(w);
  }
  return out;
}

