/**
 * Edit builders for daemon.json: set a value at a path of object keys with the smallest text
 * edit that follows the file's own layout. Multi-line objects go through jsonc-parser's
 * `modify` with formatting options read from the file (indentation unit and line ending),
 * and its edit is trimmed to the bytes that really change; one-line objects (minified files,
 * `"log-opts": {"max-size": "10m"}`) get the new property inline, in the separators the
 * object already uses, because `modify`'s formatter would spread them over several lines.
 */
import { findNodeAtLocation, type FormattingOptions, modify } from 'jsonc-parser';
import { applyEdits } from '../engine/text.js';
import type { Edit } from '../engine/types.js';
import type { DaemonFile, JsonNode } from './model.js';

/** Sets `path` (object keys from the top level) to `value`; null when the path crosses a non-object. */
export function setValue(file: DaemonFile, path: readonly string[], value: unknown): Edit | null {
  if (!file.root) return null;
  // The deepest object on the path that exists: the value is added there (as nested objects when needed).
  let parent = file.root;
  let depth = 0;
  while (depth < path.length - 1) {
    const next = findNodeAtLocation(parent, [path[depth] as string]);
    if (!next) break;
    if (next.type !== 'object') return null;
    parent = next;
    depth++;
  }
  const existing = findNodeAtLocation(parent, [path[depth] as string]);
  if (existing && depth === path.length - 1) return { start: existing.offset, end: existing.offset + existing.length, text: JSON.stringify(value) };
  if (existing) return null;
  let added: unknown = value;
  for (let i = path.length - 1; i > depth; i--) added = { [path[i] as string]: added };
  const key = path[depth] as string;
  if (isOneLine(file, parent) && parent.children?.length) return inlineProperty(file, parent, key, added);
  const [edit] = modify(file.text, path.slice(0, depth + 1), added, { formattingOptions: formatting(file) });
  return edit ? trim(file.text, { start: edit.offset, end: edit.offset + edit.length, text: edit.content }) : null;
}

/**
 * Several values set in turn (each on the text the previous one left), as one edit: the span
 * where the final text differs from the file. For keys added to the same object, which
 * separate edits at one insertion point could not express.
 */
export function setValues(file: DaemonFile, changes: readonly (readonly [path: readonly string[], value: unknown])[]): Edit | null {
  let current = file;
  for (const [path, value] of changes) {
    const edit = setValue(current, path, value);
    if (!edit) return null;
    current = current.reparse(applyEdits(current.text, [edit]));
  }
  return trim(file.text, { start: 0, end: file.text.length, text: current.text });
}

function isOneLine(file: DaemonFile, node: JsonNode): boolean {
  return file.lines.lineOf(node.offset) === file.lines.lineOf(node.offset + node.length);
}

/** The indentation unit of the file: that of the first key on its own line below the top-level brace. */
function formatting(file: DaemonFile): FormattingOptions {
  const base = { eol: file.eol, insertFinalNewline: false };
  for (const setting of file.settings.values()) {
    const line = file.lines.lineOf(setting.node.offset);
    if (line === file.lines.lineOf(file.root?.offset ?? 0)) continue;
    const indent = file.text.slice(file.lines.lineStart(line), setting.node.offset);
    if (indent.includes('\t')) return { ...base, insertSpaces: false, tabSize: 4 };
    if (indent.length > 0) return { ...base, insertSpaces: true, tabSize: indent.length };
  }
  return { ...base, insertSpaces: true, tabSize: 2 };
}

/** `, "key": value` after the last property of a one-line object, in the object's own separators. */
function inlineProperty(file: DaemonFile, object: JsonNode, key: string, value: unknown): Edit {
  const children = object.children ?? [];
  const first = children[0] as JsonNode;
  const last = children[children.length - 1] as JsonNode;
  const second = children[1];
  const [firstKey, firstValue] = first.children ?? [];
  const colon = firstKey && firstValue ? file.text.slice(firstKey.offset + firstKey.length, firstValue.offset) : ': ';
  // With a single property, a space after the colon or the brace says the object is spaced out.
  const spaced = colon.endsWith(' ') || file.text[object.offset + 1] === ' ';
  const comma = second ? file.text.slice(first.offset + first.length, second.offset) : spaced ? ', ' : ',';
  const at = last.offset + last.length;
  return { start: at, end: at, text: `${comma}${JSON.stringify(key)}${colon}${inline(value, colon, comma)}` };
}

function inline(value: unknown, colon: string, comma: string): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value);
  return `{${Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}${colon}${inline(v, colon, comma)}`)
    .join(comma)}}`;
}

/** The edit without the leading and trailing bytes it leaves as they are. */
function trim(text: string, edit: Edit): Edit {
  const old = text.slice(edit.start, edit.end);
  let head = 0;
  const max = Math.min(old.length, edit.text.length);
  while (head < max && old[head] === edit.text[head]) head++;
  let tail = 0;
  while (tail < max - head && old[old.length - 1 - tail] === edit.text[edit.text.length - 1 - tail]) tail++;
  return { start: edit.start + head, end: edit.end - tail, text: edit.text.slice(head, edit.text.length - tail) };
}
