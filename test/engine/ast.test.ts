/**
 * src/engine/ast.ts replaces parts of dockerfile-ast: the argument scan (src/engine/arguments.ts),
 * the parser's search for the end of an instruction, and memos for arguments, operands and
 * the double build of each instruction. This test loads a second, untouched copy of the
 * library and checks that both read every text into the same tree: instructions with their
 * ranges, raw arguments, operands, flags, properties, JSON strings, heredocs and ONBUILD
 * triggers; comments; directives.
 *
 * Texts: every fixture and example with their lexical variants, 300 bench-corpus files, and
 * 3,000 seeded random texts built from the characters the scans treat specially (escape
 * characters, blanks, line ends, `#`, `$`, quotes, brackets, heredoc markers, a leading BOM),
 * with both escape characters.
 */
import { createRequire } from 'node:module';
import type { Argument, Dockerfile, Instruction } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { DockerfileParser } from '../../src/engine/ast.js';
import { generateFile } from '../bench/generate.js';
import { corpus, variants } from '../lib/corpus.js';
import { randomText } from '../lib/random-text.js';

/**
 * A fresh copy of dockerfile-ast and of the two packages it patches through (its text
 * document and range types), loaded after ours was patched, so none of the patches apply.
 */
function pristineLibrary(): typeof import('dockerfile-ast') {
  const require = createRequire(import.meta.url);
  const packages = ['/node_modules/dockerfile-ast/', '/node_modules/vscode-languageserver-textdocument/', '/node_modules/vscode-languageserver-types/'];
  const cached = Object.keys(require.cache).filter((k) => packages.some((p) => k.includes(p)));
  const saved = cached.map((k) => [k, require.cache[k]] as const);
  for (const k of cached) delete require.cache[k];
  try {
    return require('dockerfile-ast') as typeof import('dockerfile-ast');
  } finally {
    for (const [k, m] of saved) require.cache[k] = m;
  }
}

const pristine = pristineLibrary();

/** The value, or the error's message when the library throws (it does on some malformed texts). */
function attempt<T>(read: () => T): T | string {
  try {
    return read();
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}

const words = (args: readonly Argument[]): unknown[] => args.map((a) => [a.getValue(), a.getRange()]);

interface AnyInstruction extends Instruction {
  getFlags?: () => { getName(): string; getValue(): string | null; getRange(): unknown; getNameRange(): unknown; getValueRange(): unknown }[];
  getProperties?: () => { getName(): string; getValue(): string | null; getRange(): unknown; getNameRange(): unknown; getValueRange(): unknown }[];
  getJSONStrings?: () => { getJSONValue(): string; getRange(): unknown }[];
  getHeredocs?: () => { getName(): string; getStartRange(): unknown; getContentRange(): unknown; getDelimiterRange(): unknown }[];
  getTriggerInstruction?: () => Instruction | null;
}

function instructionTree(inst: AnyInstruction): unknown {
  const trigger = inst.getTriggerInstruction?.();
  // Flags first: before the operands are known, getArguments() must not keep a result.
  const flags = inst.getFlags?.().map((f) => [f.getName(), f.getValue(), f.getRange(), f.getNameRange(), f.getValueRange()]) ?? null;
  return {
    flags,
    keyword: inst.getKeyword(),
    range: inst.getRange(),
    keywordRange: inst.getInstructionRange(),
    raw: words(inst.getRawArguments()),
    operands: words(inst.getArguments()),
    argumentsContent: inst.getRawArgumentsContent(),
    properties: inst.getProperties?.().map((p) => [p.getName(), p.getValue(), p.getRange(), p.getNameRange(), p.getValueRange()]) ?? null,
    json: inst.getJSONStrings?.().map((j) => [j.getJSONValue(), j.getRange()]) ?? null,
    heredocs: attempt(() => inst.getHeredocs?.().map((h) => [h.getName(), h.getStartRange(), h.getContentRange(), h.getDelimiterRange()]) ?? null),
    trigger: trigger ? instructionTree(trigger) : null,
  };
}

function tree(dockerfile: Dockerfile): unknown {
  return {
    instructions: dockerfile.getInstructions().map((i) => instructionTree(i)),
    comments: dockerfile.getComments().map((c) => [c.getRange(), c.getContent()]),
    directives: dockerfile.getDirectives().map((d) => [d.getName(), d.getValue(), d.getRange()]),
  };
}

function compare(text: string): { ours: unknown; library: unknown } {
  return { ours: tree(DockerfileParser.parse(text)), library: tree(pristine.DockerfileParser.parse(text)) };
}

const texts: { name: string; text: string }[] = [];
for (const file of corpus().filter((f) => f.kind === 'dockerfile')) {
  for (const variant of variants(file.text)) texts.push({ name: `${file.name} [${variant.kind}]`, text: variant.text });
}

describe('dockerfile-ast with our scans reads the same tree as the library alone', () => {
  it('loaded an untouched copy of the library', () => {
    expect(pristine.DockerfileParser).not.toBe(DockerfileParser);
    expect(pristine.Instruction.prototype.getRawArguments.name).toBe('getRawArguments');
    const documentOf = (parser: typeof DockerfileParser): { getLineOffsets: { name: string } } =>
      Object.getPrototypeOf((parser.parse('FROM a').getInstructions()[0] as unknown as { document: object }).document);
    expect(documentOf(pristine.DockerfileParser).getLineOffsets).not.toBe(documentOf(DockerfileParser).getLineOffsets);
  });

  it('on every fixture and example, with their variants', () => {
    let instructions = 0;
    for (const { name, text } of texts) {
      const { ours, library } = compare(text);
      expect(ours, name).toEqual(library);
      instructions += (ours as { instructions: unknown[] }).instructions.length;
    }
    expect(instructions).toBeGreaterThan(1000);
  });

  it('on bench corpus files', () => {
    for (let i = 0; i < 300; i++) {
      const { ours, library } = compare(generateFile(0x5b1b5a9e, i).text);
      expect(ours, `corpus file ${i}`).toEqual(library);
    }
  });

  it('on random texts of escapes, blanks, line ends, comments and heredocs', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed, seed % 3 === 0 ? '`' : '\\');
      const { ours, library } = compare(text);
      expect(ours, JSON.stringify(text)).toEqual(library);
    }
  });

  it('reads words across continuations and escapes as the builder does', () => {
    const { ours } = compare('RUN apt-get install \\\n    curl \\$HOME\r\nCOPY --chown=1:1 a \\\n# note\n  b\n');
    const [run, copy] = (ours as { instructions: { operands: [string, unknown][] }[] }).instructions;
    expect(run?.operands.map(([value]) => value)).toEqual(['apt-get', 'install', 'curl', '\\$HOME']);
    expect(copy?.operands.map(([value]) => value)).toEqual(['a', 'b']);
  });
});
