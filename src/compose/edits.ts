/**
 * Edit builders for YAML (Compose) files: minimal text edits at node ranges that follow the
 * file's indentation, flow or block style, quoting and line endings.
 */
import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { type ComposeFile, nodeRange } from './model.js';
import type { Edit } from '../engine/types.js';

/** Inserts `prefix` at the start of a scalar's value, inside its quotes when it is quoted. */
export function prefixScalar(file: ComposeFile, node: Node, prefix: string): Edit | null {
  if (!isScalar(node)) return null;
  const { start } = nodeRange(node);
  const quote = file.text[start];
  const at = quote === '"' || quote === "'" ? start + 1 : start;
  return { start: at, end: at, text: prefix };
}

/**
 * Adds `key: value` lines to a mapping: after its last entry, at the indentation of its keys
 * (block style), or before the closing brace (flow style, single-line values only).
 */
export function addToMap(file: ComposeFile, map: YAMLMap, lines: readonly string[]): Edit | null {
  const last = map.items[map.items.length - 1];
  if (!last || !isScalar(last.key)) return null;
  if (map.flow) {
    if (lines.length !== 1) return null;
    const close = (map.range as number[])[1] as number;
    if (file.text[close - 1] !== '}') return null;
    let at = close - 1;
    while (at > 0 && (file.text[at - 1] === ' ' || file.text[at - 1] === '\t')) at--;
    return { start: at, end: at, text: `, ${lines[0]}` };
  }
  const keyStart = nodeRange(last.key).start;
  const indent = file.text.slice(file.lines.lineStart(file.lines.lineOf(keyStart)), keyStart);
  if (indent.trim() !== '') return null;
  const lastNode = (last.value ?? last.key) as Node;
  const end = (lastNode.range as number[])[1] as number;
  // The end of the last entry's value, past trailing comments on its line.
  const line = file.lines.lineOf(Math.max(end - 1, keyStart));
  const body = lines.map((l) => `${indent}${l}`).join(file.eol);
  if (line + 1 >= file.lines.lineCount) return { start: file.text.length, end: file.text.length, text: `${file.text.endsWith('\n') ? '' : file.eol}${body}${file.eol}` };
  const at = file.lines.lineStart(line + 1);
  return { start: at, end: at, text: `${body}${file.eol}` };
}

export function isBlockMap(node: unknown): node is YAMLMap {
  return isMap(node) && !node.flow;
}
