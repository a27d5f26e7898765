/**
 * Text that RUN commands write into files: `echo`/`printf` redirected with `>`/`>>` or piped
 * into `tee`, and `sed -i` scripts. Rules look for settings in configuration files this way
 * (`gpgcheck=0` in a yum repository, `[trusted=yes]` in an apt source). Heredoc bodies are
 * not followed.
 */
import type { ShellWord } from '../../src/shell/types.js';
import type { Instruction } from '../../src/engine/source.js';
import { commandsOf, type RunCommand } from './shell.js';

export interface FileWrite {
  /** The command that writes (`echo`, `printf`, `tee` or `sed`). */
  readonly command: RunCommand;
  /** The files written. */
  readonly paths: readonly string[];
  /** What is written: the echoed words, or what the sed script puts in (replacements, appended lines). */
  readonly text: string;
}

const SED_VALUE_OPTIONS: ReadonlySet<string> = new Set(['-e', '--expression', '-f', '--file', '-l', '--line-length']);

function staticValues(words: readonly ShellWord[]): string[] {
  return words.map((w) => w.value ?? '');
}

/** `sed -i[SUFFIX] [-e] SCRIPT FILE...`: the script and the files, or null when sed edits no file in place. */
function sedWrite(command: RunCommand): FileWrite | null {
  const scripts: string[] = [];
  const operands: string[] = [];
  let inPlace = false;
  const args = command.args;
  for (let i = 0; i < args.length; i++) {
    const v = (args[i] as ShellWord).value ?? '';
    if (v === '-i' || v.startsWith('--in-place') || /^-[a-zA-Z]*i/.test(v)) inPlace = true;
    if (v === '-e' || v === '--expression') {
      scripts.push(args[i + 1]?.value ?? '');
      i++;
    } else if (v.startsWith('--expression=')) scripts.push(v.slice('--expression='.length));
    else if (SED_VALUE_OPTIONS.has(v)) i++;
    else if (!v.startsWith('-') || v === '-') operands.push(v);
  }
  if (!inPlace) return null;
  // Without -e, the first operand is the script.
  if (scripts.length === 0) scripts.push(operands.shift() ?? '');
  return { command, paths: operands, text: scripts.map(sedInsertedText).join('\n') };
}

/**
 * What a sed script writes: the replacement of an `s` command (`s/gpgcheck=1/gpgcheck=0/`
 * writes `gpgcheck=0`), or the text of an `a`/`i`/`c` command. Anything else is kept whole.
 */
function sedInsertedText(script: string): string {
  const s = /(?:^|[^A-Za-z])s([^A-Za-z0-9\s\\])/.exec(script);
  if (s) {
    const delimiter = s[1] as string;
    const parts = script.slice(s.index + s[0].length).split(delimiter);
    return parts[1] ?? '';
  }
  const text = /(?:^|[^A-Za-z])[aic]\\?\s*(.*)$/.exec(script);
  return text ? (text[1] as string) : script;
}

const WRITES = Symbol('file writes');

/** The file writes of a RUN's commands, in order (found once per instruction; several rules ask). */
export function fileWrites(inst: Instruction): readonly FileWrite[] {
  return inst.memo(WRITES, () => findWrites(commandsOf(inst)));
}

function findWrites(commands: readonly RunCommand[]): FileWrite[] {
  const writes: FileWrite[] = [];
  let echoed: { command: RunCommand; text: string } | null = null;
  for (const command of commands) {
    const { name, cmd, args } = command;
    if (name === 'echo' || name === 'printf') {
      const text = staticValues(args).join(' ');
      echoed = { command, text };
      const paths = cmd.redirects.filter((r) => r.op === '>' || r.op === '>>' || r.op === '>|').map((r) => r.target?.value ?? '');
      if (paths.length) writes.push({ command, paths, text });
    } else if (name === 'tee' && echoed && echoed.command.cmd.pipeline === cmd.pipeline) {
      writes.push({ command, paths: staticValues(args).filter((v) => !v.startsWith('-')), text: echoed.text });
    } else if (name === 'sed') {
      const write = sedWrite(command);
      if (write) writes.push(write);
    }
  }
  return writes;
}
