/**
 * Environment variables a Dockerfile sets for its build steps or its containers: ENV and ARG
 * properties (ONBUILD triggers and ARGs before FROM included), and `NAME=value` words of RUN
 * commands (`NAME=value cmd`, `env NAME=value cmd`, `sudo NAME=value cmd`, `export NAME=value`).
 */
import type { Instruction, SourceFile } from '../../src/engine/source.js';
import { ENV_ASSIGNMENT } from '../../src/shell/commands.js';
import type { ShellWord } from '../../src/shell/types.js';
import { type Removal, propertyRemoval, wordsRemoval } from './removal.js';
import { runCommands } from './shell.js';

export interface EnvSetting {
  readonly inst: Instruction;
  readonly via: 'ENV' | 'ARG' | 'RUN';
  readonly name: string;
  /** The value as written after quote removal; null when it is not static (`NAME=$X`). */
  readonly value: string | null;
  /** The `NAME=value` property or word. */
  readonly start: number;
  readonly end: number;
  /** How to delete the setting; null when deleting it would leave a broken command (`export` alone). */
  readonly removal: Removal | null;
}

function pushWordSetting(out: EnvSetting[], inst: Instruction, word: ShellWord, removal: Removal | null): void {
  const match = ENV_ASSIGNMENT.exec(word.raw);
  if (!match) return;
  const name = match[1] as string;
  const value = word.value === null ? null : word.value.slice(name.length + 1);
  out.push({ inst, via: 'RUN', name, value, start: word.start, end: word.end, removal });
}

const SETTINGS = Symbol('env settings');

/** Every setting of the file, in order (found once per file). */
export function envSettings(source: SourceFile): readonly EnvSetting[] {
  return source.memo(SETTINGS, () => findSettings(source));
}

function findSettings(source: SourceFile): EnvSetting[] {
  const out: EnvSetting[] = [];
  for (const inst of source.allInstructions()) {
    if (inst.keyword !== 'ENV' && inst.keyword !== 'ARG') continue;
    const properties = inst.properties;
    for (const p of properties) {
      // `ARG NAME` without a default sets nothing unless the build passes a value.
      if (p.value === null) continue;
      out.push({ inst, via: inst.keyword, name: p.name, value: p.value, start: p.start, end: p.end, removal: propertyRemoval(inst, p, properties.length) });
    }
  }
  for (const command of runCommands(source)) {
    const { inst, cmd } = command;
    const program = command.program;
    if (!program) continue;
    // Words before the program: the shell's `NAME=value` prefix, then `env`/`sudo` settings.
    for (const word of cmd.assignments) pushWordSetting(out, inst, word, wordsRemoval(inst, [word]));
    for (const word of cmd.words) {
      if (word.start >= program.word.start) break;
      pushWordSetting(out, inst, word, wordsRemoval(inst, [word]));
    }
    if (program.name === 'export') {
      const only = program.args.length === 1;
      for (const word of program.args) pushWordSetting(out, inst, word, only ? null : wordsRemoval(inst, [word]));
    }
  }
  return out;
}
