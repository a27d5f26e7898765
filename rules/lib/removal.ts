/**
 * Facts a fixer needs to delete something a rule reported: shell words, one letter of an
 * option bundle, an ENV/ARG property or a whole instruction. Rules put a `Removal` in the
 * finding's data; `fixers/lib/removal.ts` turns it into edits.
 */
import type { Instruction, Property } from '../../src/engine/source.js';
import type { ShellWord } from '../../src/shell/types.js';
import type { OptionWord } from './option-words.js';

interface Range {
  readonly start: number;
  readonly end: number;
}

export interface Removal {
  /** Words (or properties) to delete with the blanks around them. */
  readonly remove?: readonly Range[];
  /** Offset of one option letter to delete from a bundle (`k` in `-fsSLk`). */
  readonly letter?: number;
  /** A whole instruction to delete, its lines included. */
  readonly instruction?: Range;
  /** The removal touches a heredoc script: shown, never applied. */
  readonly displayOnly?: boolean;
}

/** Whether an offset lies in a heredoc body of the instruction (shipshape does not edit those). */
function inHeredocBody(inst: Instruction, offset: number): boolean {
  return inst.heredocs.some((h) => h.body.start <= offset && offset < h.body.end);
}

/** Deleting shell words (an option and its value, an assignment). */
export function wordsRemoval(inst: Instruction, words: readonly ShellWord[]): Removal {
  const first = words[0];
  return { remove: words.map((w) => ({ start: w.start, end: w.end })), displayOnly: first ? inHeredocBody(inst, first.start) : false };
}

/** Deleting an option: its word (and value word), or its letter from a bundle; null when the bundle is quoted or split. */
export function optionRemoval(inst: Instruction, o: OptionWord): Removal | null {
  if (o.letterAt === -1) return wordsRemoval(inst, o.valueWord ? [o.word, o.valueWord] : [o.word]);
  const plain = o.word.raw === o.word.value && o.word.end - o.word.start === o.word.raw.length;
  if (!plain) return null;
  return { letter: o.word.start + o.letterAt, remove: o.valueWord ? [{ start: o.valueWord.start, end: o.valueWord.end }] : [], displayOnly: inHeredocBody(inst, o.word.start) };
}

/** Deleting one property of an ENV/ARG, or the whole instruction when it is the only one. */
export function propertyRemoval(inst: Instruction, property: Property, count: number): Removal {
  const owner = inst.parent ?? inst;
  if (count === 1) return { instruction: { start: owner.start, end: owner.end } };
  return { remove: [{ start: property.start, end: property.end }] };
}
