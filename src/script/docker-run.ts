/**
 * The Container view of `docker run` lines (see src/engine/container.ts): `docker run`,
 * `docker create`, `docker container run|create` and the same with `podman`, their options
 * read the way the docker CLI (pflag) reads them, up to the image; the words after the image
 * are the container's command. The editor adds flags right after the `run`/`create` word, so
 * they stay before the image, in the line's continuation style.
 */
import { shortHostAddress } from '../compose/containers.js';
import type { Container, ContainerEditor, Mount, PortBinding, SettingName, Written } from '../engine/container.js';
import type { Range } from '../engine/document.js';
import type { Edit } from '../engine/types.js';
import type { ShellCommand, ShellWord } from '../shell/types.js';
import { unwrap } from '../shell/commands.js';
import type { ScriptFile } from './model.js';
import { entryOf } from '../engine/text.js';

/** One option of a `docker run` line. */
export interface RunOption {
  /** The long name, aliases resolved (`--publish` for `-p`, `--network` for `--net`). */
  readonly name: string;
  /** The word the option is written in. */
  readonly word: ShellWord;
  /**
   * Its value and where it is written: the rest of the word after `=` or a short letter, or the
   * next word; `true` at the flag's word for a boolean flag without a value. A value that is not
   * static holds its text as written.
   */
  readonly value: Written;
  /** Whether the value holds a shell expansion. */
  readonly dynamic: boolean;
}

export interface DockerRun extends Container {
  readonly command: ShellCommand;
  /** `docker` or `podman` (or the variable that names one, `$(DOCKER)`). */
  readonly program: ShellWord;
  /** The `run` or `create` word. */
  readonly verb: ShellWord;
  readonly options: readonly RunOption[];
  /** `-P`/`--publish-all`: every EXPOSEd port published on a random host port. */
  readonly publishAll: Written | null;
}

/**
 * `docker run` options that take a value, as `long[ short]`: all of docker's (v27) and the
 * podman-only ones. Others are boolean flags, whose value may only follow an `=`.
 */
const VALUE_OPTIONS = [
  'add-host', 'annotation', 'attach a', 'blkio-weight', 'blkio-weight-device', 'cap-add', 'cap-drop', 'cgroup-parent', 'cgroupns', 'cidfile',
  'cpu-count', 'cpu-percent', 'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime', 'cpu-shares c', 'cpus', 'cpuset-cpus', 'cpuset-mems',
  'detach-keys', 'device', 'device-cgroup-rule', 'device-read-bps', 'device-read-iops', 'device-write-bps', 'device-write-iops', 'dns', 'dns-option',
  'dns-search', 'domainname', 'entrypoint', 'env e', 'env-file', 'expose', 'gpus', 'group-add', 'health-cmd', 'health-interval', 'health-retries',
  'health-start-interval', 'health-start-period', 'health-timeout', 'hostname h', 'io-maxbandwidth', 'io-maxiops', 'ip', 'ip6', 'ipc', 'isolation',
  'kernel-memory', 'label l', 'label-file', 'link', 'link-local-ip', 'log-driver', 'log-opt', 'mac-address', 'memory m', 'memory-reservation',
  'memory-swap', 'memory-swappiness', 'mount', 'name', 'network', 'network-alias', 'oom-score-adj', 'pid', 'pids-limit', 'platform', 'publish p',
  'pull', 'restart', 'runtime', 'security-opt', 'shm-size', 'stop-signal', 'stop-timeout', 'storage-opt', 'sysctl', 'tmpfs', 'ulimit', 'user u',
  'userns', 'uts', 'volume v', 'volume-driver', 'volumes-from', 'workdir w',
  // podman
  'arch', 'authfile', 'cgroup-conf', 'cgroups', 'chrootdirs', 'conmon-pidfile', 'creds', 'decryption-key', 'env-merge', 'gidmap', 'group-entry',
  'health-log-destination', 'health-max-log-count', 'health-max-log-size', 'health-on-failure', 'health-startup-cmd', 'health-startup-interval',
  'health-startup-retries', 'health-startup-success', 'health-startup-timeout', 'hostuser', 'hosts-file', 'image-volume', 'init-path', 'os',
  'passwd-entry', 'personality', 'pidfile', 'pod', 'pod-id-file', 'preserve-fd', 'rdt-class', 'requires', 'retry', 'retry-delay', 'sdnotify',
  'seccomp-policy', 'secret', 'shm-size-systemd', 'subgidname', 'subuidname', 'systemd', 'timeout', 'uidmap', 'umask', 'unsetenv', 'variant',
];
/** Boolean flags with a short letter. */
const SHORT_FLAGS: Readonly<Record<string, string>> = { d: '--detach', i: '--interactive', t: '--tty', P: '--publish-all', q: '--quiet' };
const ALIASES: Readonly<Record<string, string>> = { '--net': '--network', '--net-alias': '--network-alias', '--dns-opt': '--dns-option' };

const LONG_VALUE = new Set<string>();
const SHORT_VALUE = new Map<string, string>();
for (const spec of VALUE_OPTIONS) {
  const [long, short] = spec.split(' ') as [string, string | undefined];
  LONG_VALUE.add(`--${long}`);
  if (short) SHORT_VALUE.set(short, `--${long}`);
}
LONG_VALUE.add('--net');
LONG_VALUE.add('--net-alias');
LONG_VALUE.add('--dns-opt');

/** Global options of `docker`/`podman` that take a value (before the subcommand). */
const GLOBAL_VALUE = new Set([
  '-c', '--context', '--config', '-H', '--host', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey',
  '--connection', '--url', '--root', '--runroot', '--cgroup-manager', '--storage-driver', '--storage-opt', '--identity', '--events-backend', '--runtime', '--tmpdir', '--module',
]);

/** A variable that names the container CLI in a Makefile or script: `$(DOCKER)`, `${DOCKER_CMD}`, `$PODMAN`. */
const CLI_VARIABLE = /^\$[({]?[A-Za-z_]*(DOCKER|PODMAN|CONTAINER_(ENGINE|RUNTIME|CLI))[A-Za-z_]*[)}]?$/i;

/** The word's value, or its text as written with one pair of enclosing quotes removed. */
function valueOf(word: ShellWord): string {
  if (word.value !== null) return word.value;
  const raw = word.raw;
  const q = raw[0];
  return (q === '"' || q === "'") && raw.length > 1 && raw.endsWith(q) ? raw.slice(1, -1) : raw;
}

/**
 * The file range of a word's value from value index `from` on (after `--name=` or `-p`): the
 * rest of the word, with the quotes that enclose it. A word broken across lines gets its whole range.
 */
function restOfWord(word: ShellWord, from: number): Range {
  if (word.end - word.start !== word.raw.length) return { start: word.start, end: word.end };
  const raw = word.raw;
  let i = 0;
  let seen = 0;
  let quote = '';
  let openedBefore = false;
  while (i < raw.length && seen < from) {
    const c = raw[i] as string;
    if (quote) {
      if (c === quote) quote = '';
      else if (quote === '"' && c === '\\') {
        i += 2;
        seen++;
        continue;
      } else seen++;
      i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '\\') {
      i++;
      seen++;
    } else seen++;
    i++;
  }
  openedBefore = quote !== '';
  // `"--publish=8080:80"`: the value ends before the quote that closes the whole word.
  const end = openedBefore && raw.endsWith(quote) ? word.end - 1 : word.end;
  return { start: word.start + i, end };
}

function written(value: string, range: Range): Written {
  return { value, start: range.start, end: range.end };
}

/** Reads the options of a `run`/`create` call from the words after the verb, up to the image. */
function readOptions(args: readonly ShellWord[]): { options: RunOption[]; image: ShellWord | null } {
  const options: RunOption[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    const text = word.value ?? word.raw;
    const dynamic = word.value === null;
    if (text === '--') return { options, image: args[i + 1] ?? null };
    if (!text.startsWith('-') || text === '-') return { options, image: word };
    const next = args[i + 1];
    const nextValue = (name: string): void => {
      if (!next) return;
      options.push({ name, word, value: written(valueOf(next), next), dynamic: next.value === null });
      i++;
    };
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      const asWritten = eq === -1 ? text : text.slice(0, eq);
      // A name that is not static (`--$OPT`) says nothing.
      if (!/^--[A-Za-z0-9-]+$/.test(asWritten)) continue;
      const name = entryOf(ALIASES, asWritten) ?? asWritten;
      if (eq !== -1) options.push({ name, word, value: written(unquote(text.slice(eq + 1), dynamic), restOfWord(word, eq + 1)), dynamic });
      else if (LONG_VALUE.has(asWritten)) nextValue(name);
      else options.push({ name, word, value: written('true', word), dynamic: false });
      continue;
    }
    // A bundle of short options: `-dit`, `-itp 80:80`, `-p80:80`, `-p=80:80`.
    for (let k = 1; k < text.length; k++) {
      const letter = text[k] as string;
      const long = SHORT_VALUE.get(letter);
      if (!long) {
        options.push({ name: entryOf(SHORT_FLAGS, letter) ?? `-${letter}`, word, value: written('true', word), dynamic: false });
        continue;
      }
      let from = k + 1;
      if (text[from] === '=') from++;
      if (from < text.length) options.push({ name: long, word, value: written(unquote(text.slice(from), dynamic), restOfWord(word, from)), dynamic });
      else nextValue(long);
      break;
    }
  }
  return { options, image: null };
}

/** A dynamic word's text after an option prefix, with the quotes that close it dropped. */
function unquote(value: string, dynamic: boolean): string {
  if (!dynamic) return value;
  const q = value[0];
  return (q === '"' || q === "'") && value.length > 1 && value.endsWith(q) ? value.slice(1, -1) : value;
}

/** `key=value,key,...` of `--mount`. */
function mountFields(spec: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    fields.set((eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase(), eq === -1 ? 'true' : part.slice(eq + 1));
  }
  return fields;
}

/** Finds the CLI, the verb and the arguments after it, or null when the command is no `run`/`create`. */
function call(cmd: ShellCommand): { program: ShellWord; verb: ShellWord; args: readonly ShellWord[] } | null {
  const { at, name } = unwrap(cmd);
  if (at === -1) return null;
  const program = cmd.words[at] as ShellWord;
  if (!(name === 'docker' || name === 'podman' || (name === null && CLI_VARIABLE.test(program.raw)))) return null;
  let i = at + 1;
  while (i < cmd.words.length) {
    const v = cmd.words[i]?.value;
    if (!v?.startsWith('-')) break;
    i += GLOBAL_VALUE.has(v) ? 2 : 1;
  }
  let verb = cmd.words[i];
  if (verb?.value === 'container') verb = cmd.words[++i];
  if (!verb || (verb.value !== 'run' && verb.value !== 'create')) return null;
  return { program, verb, args: cmd.words.slice(i + 1) };
}

interface Found {
  readonly cmd: ShellCommand;
  readonly program: ShellWord;
  readonly verb: ShellWord;
  readonly options: readonly RunOption[];
  readonly image: ShellWord | null;
}

function toContainer(file: ScriptFile, found: Found, name: string): DockerRun {
  const { cmd, options, image } = found;
  const all = (...names: string[]): RunOption[] => options.filter((o) => names.includes(o.name));
  const last = (...names: string[]): Written | null => all(...names).at(-1)?.value ?? null;
  const values = (...names: string[]): Written[] => all(...names).map((o) => o.value);
  const ports: PortBinding[] = [];
  for (const o of all('--publish')) if (!o.dynamic) ports.push({ spec: o.value.value, hostIp: shortHostAddress(o.value.value), start: o.value.start, end: o.value.end });
  const mounts: Mount[] = [];
  const tmpfs = values('--tmpfs');
  for (const o of all('--volume')) {
    const parts = o.value.value.split(':');
    const [source, target] = parts.length >= 2 ? [parts[0] ?? '', parts[1] ?? ''] : ['', parts[0] ?? ''];
    mounts.push({ source, target, readOnly: parts[2]?.split(',').includes('ro') ?? false, start: o.value.start, end: o.value.end });
  }
  for (const o of all('--mount')) {
    const f = mountFields(o.value.value);
    const target = f.get('target') ?? f.get('destination') ?? f.get('dst') ?? '';
    if (f.get('type') === 'tmpfs') tmpfs.push({ ...o.value, value: target });
    else {
      const ro = f.get('readonly') ?? f.get('ro');
      mounts.push({ source: f.get('source') ?? f.get('src') ?? '', target, readOnly: ro !== undefined && ro !== 'false' && ro !== '0', start: o.value.start, end: o.value.end });
    }
  }
  const logOptions = new Map<string, Written>();
  for (const o of all('--log-opt')) {
    const eq = o.value.value.indexOf('=');
    if (eq <= 0) continue;
    const range = o.dynamic ? o.value : restOfWordRange(file, o.value, eq + 1);
    logOptions.set(o.value.value.slice(0, eq), written(o.value.value.slice(eq + 1), range));
  }
  const environment: (Written & { name: string })[] = [];
  for (const o of all('--env')) {
    const eq = o.value.value.indexOf('=');
    if (eq > 0) environment.push({ name: o.value.value.slice(0, eq), ...written(o.value.value.slice(eq + 1), o.dynamic ? o.value : restOfWordRange(file, o.value, eq + 1)) });
  }
  const anchor: Range = { start: found.program.start, end: found.verb.end };
  const run: Omit<DockerRun, 'editor'> = {
    syntax: 'docker-run',
    name,
    anchor,
    command: cmd,
    program: found.program,
    verb: found.verb,
    options,
    publishAll: last('--publish-all'),
    image: image ? written(valueOf(image), image) : null,
    user: last('--user'),
    ports,
    readOnly: last('--read-only'),
    tmpfs,
    restart: last('--restart'),
    capAdd: values('--cap-add'),
    capDrop: values('--cap-drop'),
    privileged: last('--privileged'),
    networkMode: last('--network'),
    pid: last('--pid'),
    ipc: last('--ipc'),
    usernsMode: last('--userns'),
    securityOpt: values('--security-opt'),
    mounts,
    memory: last('--memory'),
    cpus: last('--cpus'),
    pidsLimit: last('--pids-limit'),
    logDriver: last('--log-driver'),
    logOptions,
    environment,
    deployRestart: null,
    dockerfile: null,
  };
  return { ...run, editor: new RunEditor(file, run) };
}

/**
 * The range of a static value's text from index `from` on (`max-size=10m` → `10m`), when the
 * value is written as is (unquoted or quoted as a whole); else the value's whole range.
 */
function restOfWordRange(file: ScriptFile, value: Written, from: number): Range {
  const length = value.end - value.start;
  if (length === value.value.length) return { start: value.start + from, end: value.end };
  const q = file.text[value.start];
  const quoted = (q === '"' || q === "'") && length === value.value.length + 2 && file.text[value.end - 1] === q;
  return quoted ? { start: value.start + 1 + from, end: value.end - 1 } : value;
}

/** The `docker run` lines of a script file, named by `--name` or image (with the line when that repeats). */
export function dockerRuns(file: ScriptFile): DockerRun[] {
  const found: (Found & { name: string })[] = [];
  for (const cmd of file.commands) {
    const c = call(cmd);
    if (!c) continue;
    const { options, image } = readOptions(c.args);
    const name = options.filter((o) => o.name === '--name').at(-1)?.value.value ?? (image ? valueOf(image) : (c.verb.value ?? 'run'));
    found.push({ cmd, program: c.program, verb: c.verb, options, image, name });
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return found.map((f) => toContainer(file, f, (counts.get(f.name) ?? 0) > 1 ? `${f.name} (line ${file.lines.lineOf(f.verb.start) + 1})` : f.name));
}

/** The flags that add a setting, in the vocabulary of Compose. */
function flagsFor(setting: SettingName, values: readonly string[]): string[] | null {
  const each = (flag: string): string[] => values.map((v) => `${flag} ${shellQuote(v)}`);
  switch (setting) {
    case 'read_only':
      return ['--read-only'];
    case 'user':
      return each('--user');
    case 'tmpfs':
      return each('--tmpfs');
    case 'restart':
      return each('--restart');
    case 'cap_drop':
      return each('--cap-drop');
    case 'security_opt':
      return each('--security-opt');
    case 'mem_limit':
      return each('--memory');
    case 'pids_limit':
      return each('--pids-limit');
    case 'cpus':
      return each('--cpus');
    case 'logging':
      return each('--log-opt');
    default:
      return null;
  }
}

/** Settings a `docker run` line may give once; the others (`--cap-drop`, `--tmpfs`, ...) repeat. */
const SINGLE: Readonly<Partial<Record<SettingName, 'readOnly' | 'user' | 'restart' | 'memory' | 'pidsLimit' | 'cpus'>>> = {
  read_only: 'readOnly',
  user: 'user',
  restart: 'restart',
  mem_limit: 'memory',
  pids_limit: 'pidsLimit',
  cpus: 'cpus',
};

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

function shellQuote(value: string): string {
  return SAFE_WORD.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

class RunEditor implements ContainerEditor {
  constructor(
    private readonly file: ScriptFile,
    private readonly run: Omit<DockerRun, 'editor'>,
  ) {}

  add(setting: SettingName, values: readonly string[]): Edit[] | null {
    const single = SINGLE[setting];
    if (single && this.run[single] !== null) return null;
    const flags = flagsFor(setting, values);
    if (!flags?.length) return null;
    // Log options for a line without any: with the json-file driver, as the Compose editor does.
    if (setting === 'logging' && !this.run.logDriver && this.run.logOptions.size === 0) flags.unshift('--log-driver json-file');
    let text = flags.join(' ');
    if (this.file.format === 'make') text = text.replace(/\$/g, '$$$$');
    const { text: src, lines } = this.file;
    const at = this.run.verb.end;
    // A YAML scalar in quotes takes no quote of the same kind.
    if ((this.file.format === 'github' || this.file.format === 'gitlab') && /["'\\]/.test(text)) return null;
    // `docker run \` with the options on the lines below: a line of its own, indented like the next.
    let i = at;
    while (src[i] === ' ' || src[i] === '\t') i++;
    if (src[i] === '\\' && (src[i + 1] === '\n' || (src[i + 1] === '\r' && src[i + 2] === '\n'))) {
      const next = lines.lineOf(i) + 1;
      if (next < lines.lineCount) {
        const start = lines.lineStart(next);
        let indentEnd = start;
        while (src[indentEnd] === ' ' || src[indentEnd] === '\t') indentEnd++;
        const eol = src[i + 1] === '\r' ? '\r\n' : '\n';
        return [{ start, end: start, text: `${src.slice(start, indentEnd)}${text} \\${eol}` }];
      }
    }
    return [{ start: at, end: at, text: ` ${text}` }];
  }

  replace(value: Written, text: string): Edit | null {
    const q = this.file.text[value.start];
    if ((q === '"' || q === "'") && value.end - value.start >= 2 && this.file.text[value.end - 1] === q) return { start: value.start + 1, end: value.end - 1, text };
    return { start: value.start, end: value.end, text };
  }
}
