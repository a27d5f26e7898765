/** The Container view of Compose services (see src/engine/container.ts), with YAML edits. */
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { addToMap } from './edits.js';
import type { Container, ContainerEditor, Mount, PortBinding, SettingName, Written } from '../engine/container.js';
import type { Range } from '../engine/document.js';
import type { Edit } from '../engine/types.js';
import { type ComposeFile, type ComposeService, nodeRange } from './model.js';

/** The host address of a short-syntax port (`[IP:][HOST:]CONTAINER[/PROTO]`), '' when none. */
export function shortHostAddress(spec: string): string {
  const body = spec.split('/')[0] ?? spec;
  if (body.startsWith('[')) return body.slice(0, body.indexOf(']') + 1);
  const parts = body.split(':');
  return parts.length >= 3 ? parts.slice(0, parts.length - 2).join(':') : '';
}

function written(node: Node | null | undefined): Written | null {
  if (!node || !isScalar(node) || node.value === null) return null;
  return { value: String(node.value), ...nodeRange(node) };
}

function list(file: ComposeFile, node: Node | null | undefined): Written[] {
  const resolved = file.resolveAlias(node ?? null);
  if (isSeq(resolved)) return resolved.items.map((i) => written(file.resolveAlias(i as Node))).filter((w): w is Written => w !== null);
  const one = written(resolved);
  return one ? [one] : [];
}

function child(file: ComposeFile, node: Node | null | undefined, key: string): Node | null {
  const resolved = file.resolveAlias(node ?? null);
  return isMap(resolved) ? file.resolveAlias((resolved.get(key, true) as Node | undefined) ?? null) : null;
}

function ports(file: ComposeFile, node: Node | null): PortBinding[] {
  if (!isSeq(node)) return [];
  const out: PortBinding[] = [];
  for (const raw of node.items) {
    const item = file.resolveAlias(raw as Node);
    if (isScalar(item)) {
      const spec = String(item.value);
      out.push({ spec, hostIp: shortHostAddress(spec), ...nodeRange(item) });
    } else if (isMap(item)) {
      const host = item.get('host_ip');
      const anchor = (item.get('published', true) ?? item.get('target', true) ?? item) as Node;
      out.push({ spec: `${item.get('published') ?? ''}:${item.get('target') ?? ''}`, hostIp: host === undefined ? '' : String(host), ...nodeRange(anchor) });
    }
  }
  return out;
}

function mounts(file: ComposeFile, node: Node | null): Mount[] {
  if (!isSeq(node)) return [];
  const out: Mount[] = [];
  for (const raw of node.items) {
    const item = file.resolveAlias(raw as Node);
    if (isScalar(item)) {
      const parts = String(item.value).split(':');
      const [source, target] = parts.length >= 2 ? [parts[0] ?? '', parts[1] ?? ''] : ['', parts[0] ?? ''];
      out.push({ source, target, readOnly: parts[2]?.split(',').includes('ro') ?? false, ...nodeRange(item) });
    } else if (isMap(item)) {
      out.push({ source: String(item.get('source') ?? ''), target: String(item.get('target') ?? ''), readOnly: item.get('read_only') === true, ...nodeRange(item) });
    }
  }
  return out;
}

function environment(file: ComposeFile, node: Node | null, seen: Set<Node> = new Set()): (Written & { name: string })[] {
  const out: (Written & { name: string })[] = [];
  if (node && seen.has(node)) return out;
  if (node) seen.add(node);
  if (isMap(node)) {
    for (const pair of node.items) {
      const value = file.resolveAlias(pair.value as Node | null);
      if (!isScalar(pair.key)) continue;
      // `<<: *common-env` inside the mapping: the merged variables, unless the mapping sets them itself.
      if (pair.key.value === '<<') {
        const merged = (isSeq(value) ? value.items.map((i) => file.resolveAlias(i as Node)) : [value]).flatMap((m) => environment(file, isMap(m) ? m : null, seen));
        out.push(...merged.filter((m) => !node.has(m.name)));
      } else if (isScalar(value) && value.value !== null) out.push({ name: String(pair.key.value), value: String(value.value), ...nodeRange(value) });
    }
  } else if (isSeq(node)) {
    for (const raw of node.items) {
      const item = written(file.resolveAlias(raw as Node));
      const eq = item?.value.indexOf('=') ?? -1;
      if (item && eq > 0) out.push({ ...item, name: item.value.slice(0, eq), value: item.value.slice(eq + 1) });
    }
  }
  return out;
}

/** The Dockerfile a `build:` points at, relative to the Compose file. */
function dockerfile(file: ComposeFile, node: Node | null): string | null {
  if (isScalar(node)) return `${String(node.value).replace(/\/$/, '')}/Dockerfile`;
  if (isMap(node)) {
    const context = String(node.get('context') ?? '.').replace(/\/$/, '');
    const name = node.get('dockerfile');
    if (node.has('dockerfile_inline')) return null;
    return `${context}/${name === undefined ? 'Dockerfile' : String(name)}`;
  }
  void file;
  return null;
}

/** A value as a double-quoted YAML string (user ids like `10001:10001` must stay strings). */
function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A `key=value` log option as a mapping entry; Compose wants option values as strings. */
function logOption(option: string): string {
  const eq = option.indexOf('=');
  return `${option.slice(0, eq)}: ${quoted(option.slice(eq + 1))}`;
}

class ComposeEditor implements ContainerEditor {
  constructor(
    private readonly file: ComposeFile,
    private readonly service: ComposeService,
  ) {}

  /** One indentation step of the file, read from the service's keys (default two spaces). */
  private unit(map: YAMLMap): string {
    const first = map.items[0];
    if (!first || !isScalar(first.key)) return '  ';
    const keyStart = nodeRange(first.key).start;
    const col = keyStart - this.file.lines.lineStart(this.file.lines.lineOf(keyStart));
    const serviceCol = this.service.keyRange.start - this.file.lines.lineStart(this.file.lines.lineOf(this.service.keyRange.start));
    return ' '.repeat(Math.max(col - serviceCol, 1));
  }

  add(setting: SettingName, values: readonly string[]): Edit[] | null {
    const map = this.service.node;
    if (!map) return null;
    const u = this.unit(map);
    const existing = this.service.get(setting);
    // A list setting that exists already in this service's block style: append items to it.
    if (existing && existing.origin === 'service' && isSeq(existing.value) && !existing.value.flow && (setting === 'cap_drop' || setting === 'security_opt' || setting === 'tmpfs')) {
      const seq = existing.value;
      const last = seq.items[seq.items.length - 1] as Node | undefined;
      if (!last?.range) return null;
      const start = nodeRange(last).start;
      const line = this.file.lines.lineOf(start);
      const prefix = this.file.text.slice(this.file.lines.lineStart(line), start);
      const at = line + 1 < this.file.lines.lineCount ? this.file.lines.lineStart(line + 1) : this.file.text.length;
      const lead = at === this.file.text.length && !this.file.text.endsWith('\n') ? this.file.eol : '';
      return [{ start: at, end: at, text: `${lead}${values.map((v) => `${prefix}${v}${this.file.eol}`).join('')}` }];
    }
    if (setting === 'logging' && existing) return this.addLogOptions(existing.value, values, u);
    if (setting === 'deploy.restart_policy.max_attempts') {
      const policy = child(this.file, this.service.get('deploy')?.value, 'restart_policy');
      const edit = isMap(policy) ? addToMap(this.file, policy, [`max_attempts: ${values[0] ?? ''}`]) : null;
      return edit ? [edit] : null;
    }
    if (existing) return null;
    let lines: string[];
    switch (setting) {
      case 'cap_drop':
      case 'security_opt':
      case 'tmpfs':
        lines = [`${setting}:`, ...values.map((v) => `${u}- ${v}`)];
        break;
      case 'logging':
        lines = ['logging:', `${u}driver: json-file`, `${u}options:`, ...values.map((v) => `${u}${u}${logOption(v)}`)];
        break;
      case 'user':
        lines = [`user: ${quoted(values[0] ?? '')}`];
        break;
      default:
        lines = [`${setting}: ${values[0] ?? ''}`];
    }
    if (map.flow && lines.length > 1) return null;
    const edit = addToMap(this.file, map, lines);
    return edit ? [edit] : null;
  }

  /** Log options missing from an existing `logging:` mapping, added to its `options:` (created when absent). */
  private addLogOptions(logging: Node | null, values: readonly string[], u: string): Edit[] | null {
    if (!isMap(logging)) return null;
    const options = this.file.resolveAlias((logging.get('options', true) as Node | undefined) ?? null);
    const missing = values.filter((v) => !(isMap(options) && options.has(v.slice(0, v.indexOf('=')))));
    if (missing.length === 0) return null;
    const entries = missing.map(logOption);
    let edit: Edit | null;
    if (isMap(options)) edit = addToMap(this.file, options, options.flow ? [entries.join(', ')] : entries);
    else if (logging.has('options')) return null;
    else edit = addToMap(this.file, logging, logging.flow ? [`options: {${entries.join(', ')}}`] : ['options:', ...entries.map((e) => `${u}${e}`)]);
    return edit ? [edit] : null;
  }

  replace(value: Written, text: string): Edit | null {
    const quote = this.file.text[value.start];
    const quoted = quote === '"' || quote === "'";
    return quoted ? { start: value.start + 1, end: value.end - 1, text } : { start: value.start, end: value.end, text };
  }
}

export function composeContainers(file: ComposeFile): Container[] {
  return file.services.map((service) => {
    const v = (key: string): Node | null => service.get(key)?.value ?? null;
    const logging = v('logging');
    const logOptions = new Map<string, Written>();
    const options = child(file, logging, 'options');
    if (isMap(options)) {
      for (const pair of options.items) {
        const w = written(file.resolveAlias(pair.value as Node | null));
        if (isScalar(pair.key) && w) logOptions.set(String(pair.key.value), w);
      }
    }
    const limits = child(file, child(file, v('deploy'), 'resources'), 'limits');
    const anchor: Range = service.keyRange;
    return {
      name: service.name,
      anchor,
      image: written(v('image')),
      user: written(v('user')),
      ports: ports(file, v('ports')),
      readOnly: written(v('read_only')),
      tmpfs: list(file, v('tmpfs')),
      restart: written(v('restart')),
      capAdd: list(file, v('cap_add')),
      capDrop: list(file, v('cap_drop')),
      privileged: written(v('privileged')),
      networkMode: written(v('network_mode')),
      pid: written(v('pid')),
      ipc: written(v('ipc')),
      usernsMode: written(v('userns_mode')),
      securityOpt: list(file, v('security_opt')),
      mounts: mounts(file, v('volumes')),
      memory: written(v('mem_limit')) ?? written(child(file, limits, 'memory')),
      cpus: written(v('cpus')) ?? written(child(file, limits, 'cpus')),
      pidsLimit: written(v('pids_limit')) ?? written(child(file, limits, 'pids')),
      logDriver: written(child(file, logging, 'driver')),
      logOptions,
      environment: environment(file, v('environment')),
      deployRestart: written(child(file, child(file, v('deploy'), 'restart_policy'), 'condition')),
      dockerfile: dockerfile(file, v('build')),
      syntax: 'compose',
      editor: new ComposeEditor(file, service),
    } satisfies Container;
  });
}
