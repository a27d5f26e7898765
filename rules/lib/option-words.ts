/**
 * Options of a command read the getopt way, each with the shell word that holds it, so a
 * rule can report the exact word and a fixer can remove it (`-k` in `curl -fsSLk`).
 */
import type { ShellWord } from '../../src/shell/types.js';
import type { OptionSpec } from './packages.js';

export interface OptionWord {
  /** `-k` for a short option (also inside a bundle), `--insecure` for a long one (name before `=`). */
  readonly name: string;
  /** The value: after `=`, the rest of a short bundle, or the next word; null for a flag or a value that is not static. */
  readonly value: string | null;
  /** The word that holds the option. */
  readonly word: ShellWord;
  /** The next word, when it holds the option's value. */
  readonly valueWord: ShellWord | null;
  /** For a short option in a bundle of several letters (`-sSLk`): the letter's index in the word; else -1. */
  readonly letterAt: number;
}

/** Every option in `args` (stops at `--`); words that are not static are skipped. */
export function optionWords(args: readonly ShellWord[], spec: OptionSpec): OptionWord[] {
  const out: OptionWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    const v = word.value;
    if (v === null || !v.startsWith('-') || v.length === 1) {
      if (spec.stopAtOperand) break;
      continue;
    }
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      if (eq !== -1) out.push({ name: v.slice(0, eq), value: v.slice(eq + 1), word, valueWord: null, letterAt: -1 });
      else if (spec.long?.has(v)) {
        const next = args[i + 1] ?? null;
        out.push({ name: v, value: next?.value ?? null, word, valueWord: next, letterAt: -1 });
        i++;
      } else out.push({ name: v, value: null, word, valueWord: null, letterAt: -1 });
      continue;
    }
    const single = v.length === 2;
    for (let k = 1; k < v.length; k++) {
      const letter = v[k] as string;
      const letterAt = single ? -1 : k;
      if (!spec.short?.includes(letter)) {
        out.push({ name: `-${letter}`, value: null, word, valueWord: null, letterAt });
        continue;
      }
      const rest = v.slice(k + 1);
      if (rest !== '') out.push({ name: `-${letter}`, value: rest, word, valueWord: null, letterAt: k === 1 ? -1 : k });
      else {
        const next = args[i + 1] ?? null;
        out.push({ name: `-${letter}`, value: next?.value ?? null, word, valueWord: next, letterAt });
        i++;
      }
      break;
    }
  }
  return out;
}

/** How an option is shown in a message: `-k` for a letter of a bundle, else its words as written. */
export function shownOption(o: OptionWord): string {
  if (o.letterAt !== -1) return o.name;
  return o.valueWord ? `${o.word.value ?? o.name} ${o.valueWord.value ?? o.valueWord.raw}` : (o.word.value ?? o.name);
}
