/**
 * The Compose kind: a Compose file parsed once with the `yaml` package, which keeps every
 * node's exact range, comments, key order, quoting and anchors, so rules report on the exact
 * key or value and fixes are minimal text edits. Services see their settings with merge keys
 * (`<<: *defaults`) and same-file `extends` resolved; each setting remembers where it is
 * written, which is where a fix edits.
 */
import { Composer, type Document as YamlDocument, isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, Parser, type YAMLMap } from 'yaml';
import type { Container, ContainerSource } from '../engine/container.js';
import { type Comment, type Document, keepsComments, nextLineTarget, type Range, TextFile } from '../engine/document.js';
import type { Edit } from '../engine/types.js';
import { composeContainers } from './containers.js';

export interface YamlError extends Range {
  readonly message: string;
}

/** One setting of a service as the service sees it, and where it is written. */
export interface Setting {
  readonly key: string;
  readonly pair: Pair;
  /** The key's range where it is written. */
  readonly keyRange: Range;
  /** The value node, aliases resolved; null for an empty value. */
  readonly value: Node | null;
  /** Where the setting comes from: the service itself, a merge key (`<<`), or `extends`. */
  readonly origin: 'service' | 'merge' | 'extends';
}

export class ComposeService {
  constructor(
    readonly file: ComposeFile,
    readonly name: string,
    /** The service's key (`web` in `web:`). */
    readonly keyRange: Range,
    /** The service's own mapping, or null when it is empty or not a mapping. */
    readonly node: YAMLMap | null,
    /** Settings by key, with merge keys and same-file `extends` resolved (the service's own win). */
    readonly settings: ReadonlyMap<string, Setting>,
  ) {}

  get(key: string): Setting | undefined {
    return this.settings.get(key);
  }

  /** A setting's scalar value as text (numbers and booleans as written), or null. */
  scalar(key: string): string | null {
    const v = this.settings.get(key)?.value;
    return v && isScalar(v) && v.value !== null ? String(v.value) : null;
  }
}

export function nodeRange(node: Node): Range {
  const r = node.range as [number, number, number];
  return { start: r[0], end: r[1] };
}

export class ComposeFile extends TextFile implements Document, ContainerSource {
  readonly kind = 'compose' as const;
  readonly yaml: YamlDocument | null;
  readonly comments: readonly Comment[];
  /** Syntax errors (and errors of documents after the first), as ranges with messages. */
  readonly errors: readonly YamlError[];
  private servicesCache: ComposeService[] | undefined;
  private containersCache: Container[] | undefined;
  private pairsCache: Pair[] | undefined;

  constructor(
    path: string,
    fileText: string,
  ) {
    super(path, fileText);
    const tokens = [...new Parser().parse(this.text)];
    const comments: Comment[] = [];
    collectComments(tokens, comments);
    this.comments = comments.sort((a, b) => a.start - b.start);
    const docs = [...new Composer({ uniqueKeys: true }).compose(tokens)];
    this.yaml = docs[0] ?? null;
    const errors: YamlError[] = [];
    for (const doc of docs) {
      for (const e of doc.errors) errors.push({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), message: e.message.split('\n')[0] ?? e.message });
    }
    this.errors = errors;
  }


  reparse(fileText: string): ComposeFile {
    return new ComposeFile(this.path, fileText);
  }

  /** The services as containers to run, for the run-time rules shared with `docker run` lines. */
  get containers(): readonly Container[] {
    this.containersCache ??= composeContainers(this);
    return this.containersCache;
  }

  /** The services, in file order. */
  get services(): readonly ComposeService[] {
    if (this.servicesCache) return this.servicesCache;
    const out: ComposeService[] = [];
    const services = this.yaml?.get('services', true);
    if (isMap(services)) {
      const own = new Map<string, YAMLMap | null>();
      for (const pair of services.items) if (isScalar(pair.key)) own.set(String(pair.key.value), isMap(pair.value) ? pair.value : null);
      for (const pair of services.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const node = own.get(name) ?? null;
        out.push(new ComposeService(this, name, nodeRange(pair.key), node, this.resolveSettings(node, own, new Set([name]))));
      }
    }
    this.servicesCache = out;
    return out;
  }

  /** Settings of a service mapping: its own keys, then merge keys, then `extends` in this file. */
  private resolveSettings(node: YAMLMap | null, services: ReadonlyMap<string, YAMLMap | null>, seen: Set<string>): Map<string, Setting> {
    const settings = new Map<string, Setting>();
    if (!node) return settings;
    const add = (map: YAMLMap, origin: Setting['origin']): void => {
      for (const pair of map.items) {
        if (!isScalar(pair.key) || pair.key.value === '<<') continue;
        const key = String(pair.key.value);
        if (!settings.has(key)) settings.set(key, { key, pair, keyRange: nodeRange(pair.key), value: this.resolveAlias(pair.value as Node | null), origin });
      }
    };
    add(node, 'service');
    for (const pair of node.items) {
      if (!isScalar(pair.key) || pair.key.value !== '<<') continue;
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const s of sources) {
        const resolved = this.resolveAlias(s as Node | null);
        if (isMap(resolved)) add(resolved, 'merge');
      }
    }
    const ext = settings.get('extends');
    if (ext?.value) {
      // `extends: base` or `extends: {service: base}` without `file:` (other files are not read).
      const target = isScalar(ext.value) ? String(ext.value.value) : isMap(ext.value) && !ext.value.has('file') ? String(ext.value.get('service') ?? '') : '';
      const base = services.get(target);
      if (base && !seen.has(target)) {
        seen.add(target);
        for (const [key, s] of this.resolveSettings(base, services, seen)) if (!settings.has(key)) settings.set(key, { ...s, origin: 'extends' });
      }
    }
    return settings;
  }

  resolveAlias(node: Node | null): Node | null {
    if (node && isAlias(node) && this.yaml) return (node.resolve(this.yaml) as Node | undefined) ?? null;
    return node;
  }

  /** Every key/value pair of the document, for suppression targets. */
  private get pairs(): Pair[] {
    if (this.pairsCache) return this.pairsCache;
    const out: Pair[] = [];
    const walk = (node: unknown): void => {
      if (isMap(node) || isSeq(node)) for (const item of node.items) walk(item);
      else if (isPair(node)) {
        out.push(node);
        walk(node.value);
      }
    };
    walk(this.yaml?.contents);
    this.pairsCache = out;
    return out;
  }

  /** An ignore comment covers the key on the next line with its whole block, or that line. */
  suppressionTarget(comment: Comment): Range | null {
    const line = nextLineTarget(this, comment);
    if (!line) return null;
    for (const pair of this.pairs) {
      if (!isScalar(pair.key)) continue;
      const start = nodeRange(pair.key).start;
      if (start >= line.start && start <= line.end) {
        const value = pair.value as Node | null;
        return { start: line.start, end: value?.range ? Math.max((value.range as number[])[1] as number, line.end) : line.end };
      }
    }
    return line;
  }

  protectedRanges(): readonly Range[] {
    return [];
  }

  /** Valid YAML still, the same services, and every untouched comment kept. */
  keepsStructure(after: Document, edits: readonly Edit[]): boolean {
    if (!(after instanceof ComposeFile) || after.errors.length > this.errors.length) return false;
    const names = (f: ComposeFile): string => f.services.map((s) => s.name).join('\n');
    return names(after) === names(this) && keepsComments(this, after, edits);
  }
}

/** Comment tokens anywhere in a YAML CST, with their offsets. */
export function collectComments(node: unknown, out: Comment[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collectComments(n, out);
    return;
  }
  const token = node as { type?: string; offset?: number; source?: string };
  if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
    out.push({ start: token.offset, end: token.offset + token.source.length, content: token.source.slice(1).trim() });
    return;
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'parent') collectComments(value, out);
}
