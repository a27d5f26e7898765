/** Queries over the shell view that many rules share. Rules use these, never raw text. */
import type { Instruction, SourceFile } from '../../src/engine/source.js';
import { basename, ENV_ASSIGNMENT, unwrap } from '../../src/shell/commands.js';
import type { ShellCommand, ShellWord } from '../../src/shell/types.js';

export { basename, unwrap } from '../../src/shell/commands.js';

export interface RunCommand {
  readonly inst: Instruction;
  readonly cmd: ShellCommand;
  /** Index in `cmd.words` of the real command after wrappers (`sudo`, `env`, `nice`, ...); -1 if none. */
  readonly at: number;
  /** The real command's name (basename, e.g. `apt-get` for `/usr/bin/apt-get`), or null when not static. */
  readonly name: string | null;
  /** The real command's arguments. */
  readonly args: readonly ShellWord[];
  /** The program it runs, past `sudo VAR=value` settings; null when there is none or it is not static. */
  readonly program: Program | null;
  /**
   * Option parses of the program's arguments per option spec, filled on demand by
   * packages.ts. Created as undefined so every command keeps one object shape.
   */
  parsedArgs: Map<object, unknown> | undefined;
}

/** The program a command runs: its word, name (basename) and arguments. */
export interface Program {
  readonly word: ShellWord;
  readonly name: string;
  readonly args: readonly ShellWord[];
}

/** Skips the `NAME=value` words that `sudo` (like the shell) reads as environment settings before the program. */
function findProgram(words: readonly ShellWord[], at: number): Program | null {
  if (at === -1) return null;
  while (at < words.length && ENV_ASSIGNMENT.test(words[at]?.value ?? '')) at++;
  const word = words[at];
  if (!word?.value) return null;
  return { word, name: basename(word.value), args: words.slice(at + 1) };
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
      return { inst, cmd, at, name, args: at === -1 ? [] : cmd.words.slice(at + 1), program: findProgram(cmd.words, at), parsedArgs: undefined };
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

