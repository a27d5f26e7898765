/**
 * The daemon kind: the Docker daemon's `daemon.json`, parsed once with Microsoft's
 * `jsonc-parser`, whose syntax tree gives every key and value its exact offset (UTF-16 indices
 * into the BOM-less text), so rules report on the exact key or value and fixes are minimal text
 * edits (src/daemon/edits.ts). dockerd reads strict JSON: comments and trailing commas are
 * syntax errors here, as they are for dockerd, and a file with them is never fixed.
 */
import { getNodeValue, type Node as JsonNode, type ParseError, ParseErrorCode, parseTree } from 'jsonc-parser';
import { type Comment, type Document, type Range, TextFile } from '../engine/document.js';
import type { Edit } from '../engine/types.js';

export type { JsonNode };

export interface JsonError extends Range {
  readonly message: string;
}

/** A top-level setting: `"icc": false`. */
export interface DaemonSetting {
  readonly key: string;
  /** The property node (key, colon and value). */
  readonly node: JsonNode;
  readonly keyNode: JsonNode;
  readonly valueNode: JsonNode | null;
}

const MESSAGES: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidCommentToken]: 'Comments are not allowed: dockerd reads strict JSON',
  [ParseErrorCode.UnexpectedEndOfComment]: 'Comments are not allowed: dockerd reads strict JSON',
  [ParseErrorCode.PropertyNameExpected]: 'A property name in double quotes is expected here (a trailing comma?)',
  [ParseErrorCode.ValueExpected]: 'A value is expected here',
  [ParseErrorCode.ColonExpected]: 'A colon is expected here',
  [ParseErrorCode.CommaExpected]: 'A comma is expected here',
  [ParseErrorCode.CloseBraceExpected]: 'A closing brace is expected here',
  [ParseErrorCode.CloseBracketExpected]: 'A closing bracket is expected here',
  [ParseErrorCode.EndOfFileExpected]: 'Nothing may follow the top-level object',
  [ParseErrorCode.UnexpectedEndOfString]: 'This string is not closed',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'This number is incomplete',
  [ParseErrorCode.InvalidNumberFormat]: 'This is not a valid JSON number',
  [ParseErrorCode.InvalidEscapeCharacter]: 'This escape sequence is not valid in JSON',
  [ParseErrorCode.InvalidUnicode]: 'This unicode escape is not valid',
  [ParseErrorCode.InvalidCharacter]: 'This character is not allowed in a JSON string',
  [ParseErrorCode.InvalidSymbol]: 'This is not valid JSON',
};

export function nodeRange(node: JsonNode): Range {
  return { start: node.offset, end: node.offset + node.length };
}

export class DaemonFile extends TextFile implements Document {
  readonly kind = 'daemon' as const;
  /** The top-level object, or null when the file is not a JSON object. */
  readonly root: JsonNode | null;
  /** Syntax errors (comments included: dockerd rejects them). */
  readonly errors: readonly JsonError[];
  /** Always empty: daemon.json cannot hold comments, so findings are ignored through config. */
  readonly comments: readonly Comment[] = [];
  /** Top-level settings by key; a repeated key keeps its last value, as dockerd's JSON decoding does. */
  readonly settings: ReadonlyMap<string, DaemonSetting>;

  constructor(
    path: string,
    fileText: string,
  ) {
    super(path, fileText);
    const parseErrors: ParseError[] = [];
    const tree = parseTree(this.text, parseErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const errors: JsonError[] = [];
    const seen = new Set<number>();
    for (const e of parseErrors) {
      // The parser may report one mistake twice (a trailing comma: no property name, no value).
      if (seen.has(e.offset)) continue;
      seen.add(e.offset);
      errors.push({ start: e.offset, end: e.offset + Math.max(e.length, 1), message: this.trailingComma(e.offset) ? 'Trailing commas are not allowed: dockerd reads strict JSON' : (MESSAGES[e.error] ?? 'This is not valid JSON') });
    }
    if (tree && tree.type !== 'object' && errors.length === 0) errors.push({ ...nodeRange(tree), message: 'daemon.json must hold a JSON object' });
    this.errors = errors;
    this.root = tree?.type === 'object' ? tree : null;
    const settings = new Map<string, DaemonSetting>();
    for (const node of this.root?.children ?? []) {
      const [keyNode, valueNode] = node.children ?? [];
      if (keyNode?.type === 'string') settings.set(String(keyNode.value), { key: String(keyNode.value), node, keyNode, valueNode: valueNode ?? null });
    }
    this.settings = settings;
  }

  /** Whether `offset` is a closing bracket after a comma (whitespace between). */
  private trailingComma(offset: number): boolean {
    if (this.text[offset] !== '}' && this.text[offset] !== ']') return false;
    let at = offset - 1;
    while (at >= 0 && ' \t\r\n'.includes(this.text[at] as string)) at--;
    return this.text[at] === ',';
  }


  reparse(fileText: string): DaemonFile {
    return new DaemonFile(this.path, fileText);
  }

  get(key: string): DaemonSetting | undefined {
    return this.settings.get(key);
  }

  /** A top-level setting's value as plain data (undefined when the key is absent). */
  value(key: string): unknown {
    const node = this.settings.get(key)?.valueNode;
    return node ? getNodeValue(node) : undefined;
  }

  /**
   * Where a finding about a missing setting points: the opening brace of the top-level object
   * (the place the setting would go).
   */
  get anchor(): Range {
    const start = this.root?.offset ?? 0;
    return { start, end: start + 1 };
  }

  /**
   * Where a setting that should be `want` is reported: its value when it is set to something
   * else, the top-level brace when it is absent, or null when it already is `want`.
   */
  mismatch(key: string, want: unknown): Range | null {
    const setting = this.settings.get(key);
    if (!setting?.valueNode) return setting ? nodeRange(setting.node) : this.anchor;
    return getNodeValue(setting.valueNode) === want ? null : nodeRange(setting.valueNode);
  }

  suppressionTarget(): Range | null {
    return null;
  }

  protectedRanges(): readonly Range[] {
    return [];
  }

  /** Still valid JSON with an object at the top, and every top-level key no edit touches keeps its value. */
  keepsStructure(after: Document, edits: readonly Edit[]): boolean {
    if (!(after instanceof DaemonFile) || after.errors.length > 0 || !after.root) return false;
    for (const [key, setting] of this.settings) {
      const { start, end } = nodeRange(setting.node);
      if (edits.some((e) => e.start < end && e.end > start)) continue;
      if (JSON.stringify(after.value(key)) !== JSON.stringify(this.value(key))) return false;
    }
    return true;
  }
}
