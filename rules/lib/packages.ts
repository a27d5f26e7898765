/**
 * Package-manager calls in RUN commands (`apt-get install`, `apk add`, `pip install`, ...):
 * the program word, the subcommand word, and the options given anywhere on the line, read
 * the way getopt reads them (bundles like `-qy`, `-oFoo=1`, `--name=value`, `--name value`).
 */
import type { Stage } from '../../src/engine/source.js';
import type { ShellWord } from '../../src/shell/types.js';
import type { Program, RunCommand } from './shell.js';

export type { Program } from './shell.js';

export interface ParsedOption {
  /** `-y`, `--no-cache`, `-o`: a short option with one dash and its letter, a long one as written before `=`. */
  readonly name: string;
  /** The option's value (`--quiet=2`, `-o Foo=1`), or null for a flag or a value that is not static. */
  readonly value: string | null;
  /** The value as written, quotes and `$` kept (`"$APP_UID"`), or null for a flag. */
  readonly rawValue: string | null;
}

export interface OptionSpec {
  /** Short option letters that take a value (the rest of the bundle, or the next word). */
  readonly short?: string;
  /** Long options that take the next word as their value when written without `=`. */
  readonly long?: ReadonlySet<string>;
  /** Stop at the first operand, as `sudo` and `env` do (GNU tools read options anywhere). */
  readonly stopAtOperand?: boolean;
}

export interface ParsedArgs {
  readonly options: readonly ParsedOption[];
  /** Operands (non-option words), in order; words that are not static count as operands. */
  readonly operands: readonly ShellWord[];
  /** Index in the arguments of the first operand, or the argument count when there is none. */
  readonly firstOperand: number;
}

/** Splits a command's arguments into options and operands the way getopt reads them. */
export function parseArgs(args: readonly ShellWord[], spec: OptionSpec): ParsedArgs {
  const options: ParsedOption[] = [];
  const operands: ShellWord[] = [];
  let firstOperand = args.length;
  let onlyOperands = false;
  /** An option whose value is the next word. */
  const withNext = (name: string, i: number): ParsedOption => {
    const next = args[i + 1];
    return { name, value: next?.value ?? null, rawValue: next?.raw ?? null };
  };
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    const v = word.value;
    if (onlyOperands || v === null || !v.startsWith('-') || v.length === 1) {
      const dynamic = onlyOperands || v !== null ? null : dynamicOption(word.raw, spec);
      if (dynamic) {
        options.push(dynamic);
        continue;
      }
      if (firstOperand === args.length) firstOperand = i;
      if (spec.stopAtOperand) break;
      operands.push(word);
      continue;
    }
    if (v === '--') {
      onlyOperands = true;
      continue;
    }
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      if (eq !== -1) options.push({ name: v.slice(0, eq), value: v.slice(eq + 1), rawValue: v.slice(eq + 1) });
      else if (spec.long?.has(v)) {
        options.push(withNext(v, i));
        i++;
      } else options.push({ name: v, value: null, rawValue: null });
      continue;
    }
    // A short bundle: `-qy`, `-ofoo`, `-u 1000`; `-q=2` is apt's way to give a short option a value.
    for (let k = 1; k < v.length; k++) {
      const letter = v[k] as string;
      const rest = v.slice(k + 1);
      if (rest.startsWith('=')) {
        options.push({ name: `-${letter}`, value: rest.slice(1), rawValue: rest.slice(1) });
        break;
      }
      if (!spec.short?.includes(letter)) {
        options.push({ name: `-${letter}`, value: null, rawValue: null });
        continue;
      }
      if (rest !== '') options.push({ name: `-${letter}`, value: rest, rawValue: rest });
      else {
        options.push(withNext(`-${letter}`, i));
        i++;
      }
      break;
    }
  }
  return { options, operands, firstOperand };
}

/** The program's arguments parsed with a spec, once per command: several rules ask the same. */
function programArgs(command: RunCommand, spec: OptionSpec): ParsedArgs {
  command.parsedArgs ??= new Map();
  let parsed = command.parsedArgs.get(spec) as ParsedArgs | undefined;
  if (!parsed) {
    parsed = parseArgs(command.program?.args ?? [], spec);
    command.parsedArgs.set(spec, parsed);
  }
  return parsed;
}

/** A word with an expansion that is still an option with a value: `--uid=$UID`, `-u$UID`. */
function dynamicOption(raw: string, spec: OptionSpec): ParsedOption | null {
  const long = /^(--[A-Za-z][\w-]*)=/.exec(raw);
  if (long) return { name: long[1] as string, value: null, rawValue: raw.slice(long[0].length) };
  const letter = raw[1];
  if (raw[0] === '-' && letter !== undefined && /[A-Za-z]/.test(letter) && spec.short?.includes(letter)) {
    return { name: `-${letter}`, value: null, rawValue: raw.slice(2) };
  }
  return null;
}

/** A call like `apt-get -q install -y curl`: the program word, the subcommand word and the options. */
export interface ToolCall {
  readonly command: RunCommand;
  /** The program word (`apt-get`; `python3` in `python3 -m pip install`). */
  readonly tool: ShellWord;
  /** The program's name (`apt-get` for `/usr/bin/apt-get`). */
  readonly name: string;
  /** The subcommand word (`install`). */
  readonly sub: ShellWord;
  /** Options before and after the subcommand. */
  readonly options: readonly ParsedOption[];
  /** Operands after the subcommand (packages, files). */
  readonly operands: readonly ShellWord[];
}

const APT_SPEC: OptionSpec = {
  short: 'octaP',
  long: new Set(['--option', '--config-file', '--target-release', '--default-release', '--host-architecture', '--build-profiles']),
};

const APK_SPEC: OptionSpec = {
  short: 'Xpt',
  long: new Set(['--repository', '--root', '--virtual', '--keys-dir', '--repositories-file', '--arch', '--cache-dir', '--cache-max-age', '--timeout', '--progress-fd', '--wait']),
};

const PIP_SPEC: OptionSpec = {
  short: 'rceitf',
  long: new Set([
    '--requirement', '--constraint', '--editable', '--target', '--index-url', '--extra-index-url', '--find-links', '--platform',
    '--python-version', '--implementation', '--abi', '--root', '--prefix', '--src', '--upgrade-strategy', '--config-settings',
    '--global-option', '--install-option', '--log', '--log-file', '--proxy', '--retries', '--timeout', '--exists-action',
    '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--python', '--use-feature', '--use-deprecated',
    '--progress-bar', '--keyring-provider', '--root-user-action', '--report', '--no-binary', '--only-binary', '--group',
  ]),
};

/** The call when the command runs one of `tools` with one of `subcommands`. */
function callOf(command: RunCommand, tools: ReadonlySet<string>, spec: OptionSpec, subcommands: ReadonlySet<string>): ToolCall | null {
  const program = command.program;
  if (!program || !tools.has(program.name)) return null;
  return subcommandCall(command, program, program.args, spec, subcommands);
}

function subcommandCall(command: RunCommand, program: Program, args: readonly ShellWord[], spec: OptionSpec, subcommands: ReadonlySet<string>): ToolCall | null {
  const { options, operands } = args === program.args ? programArgs(command, spec) : parseArgs(args, spec);
  // Indexing rather than `[sub, ...rest]`: destructuring runs the iterator protocol, slow
  // before V8 optimizes the code, and this runs for every package-manager command of every rule.
  const sub = operands[0];
  if (!sub || sub.value === null || !subcommands.has(sub.value)) return null;
  return { command, tool: program.word, name: program.name, sub, options, operands: operands.slice(1) };
}

const APT_GET: ReadonlySet<string> = new Set(['apt-get']);
const APT_TOOLS: ReadonlySet<string> = new Set(['apt-get', 'apt']);
const APK: ReadonlySet<string> = new Set(['apk']);

/** `apt-get <sub>` for one of the subcommands. */
export function aptGetCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, APT_GET, APT_SPEC, subcommands);
}

/** `apt-get <sub>` or `apt <sub>` for one of the subcommands (both read and write apt's lists). */
export function aptCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, APT_TOOLS, APT_SPEC, subcommands);
}

/** `apk <sub>` for one of the subcommands. */
export function apkCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, APK, APK_SPEC, subcommands);
}

const PIP_NAME = /^pip[0-9.]*$/;
const PYTHON_NAME = /^python[0-9.]*$/;
/** Python's own options that take the next word (`-W error`, `-X dev`); `-c` and `-m` end its options. */
const PYTHON_VALUE_OPTIONS = 'WX';

/** `pip <sub>`, `pip3 <sub>` or `python3 -m pip <sub>` for one of the subcommands. */
export function pipCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  const program = command.program;
  if (!program) return null;
  const { name, args } = program;
  if (PIP_NAME.test(name)) return subcommandCall(command, program, args, PIP_SPEC, subcommands);
  if (!PYTHON_NAME.test(name)) return null;
  for (let i = 0; i < args.length; i++) {
    const v = args[i]?.value;
    if (v === null || v === undefined || !v.startsWith('-') || v === '-') return null;
    if (v === '-m' || v === '-mpip') {
      const moduleAt = v === '-m' ? i + 1 : i;
      if (args[moduleAt]?.value !== 'pip') return null;
      return subcommandCall(command, program, args.slice(moduleAt + 1), PIP_SPEC, subcommands);
    }
    if (v === '-c') return null;
    if (v.length === 2 && PYTHON_VALUE_OPTIONS.includes(v[1] as string)) i++;
  }
  return null;
}

/** Whether the call has one of these options, not turned off with a false value (`--yes=false`). */
export function hasAptFlag(call: ToolCall, names: readonly string[]): boolean {
  return call.options.some((o) => names.includes(o.name) && aptBoolean(o.value) !== false);
}

/** apt's reading of a boolean setting: true, false, or null when it is not one. */
export function aptBoolean(value: string | undefined | null): boolean | null {
  if (value === undefined || value === null) return null;
  const v = value.trim().replace(/^"|"$/g, '').toLowerCase();
  if (['1', 'yes', 'true', 'with', 'on', 'enable'].includes(v)) return true;
  if (['0', 'no', 'false', 'without', 'off', 'disable'].includes(v)) return false;
  return null;
}

/** apt configuration items (lower-cased names like `apt::get::assume-yes`) and their values. */
export type AptSettings = ReadonlyMap<string, string>;

/** The `-o Name=value` / `--option Name=value` settings of an apt call, on top of `base`. */
export function aptSettingsOf(call: ToolCall, base: AptSettings): AptSettings {
  const settings = new Map(base);
  for (const o of call.options) {
    if ((o.name !== '-o' && o.name !== '--option') || o.value === null) continue;
    const eq = o.value.indexOf('=');
    if (eq > 0) settings.set(o.value.slice(0, eq).trim().toLowerCase(), o.value.slice(eq + 1));
  }
  return settings;
}

/** Characters of an apt.conf item name (`APT::Get::Assume-Yes`). */
const APT_NAME_CHAR = /[A-Za-z0-9_:-]/;

/**
 * The `Name "value";` items of apt.conf text, names lower-cased. A linear scan: each quoted
 * value, and the name right before it.
 */
function aptConfItems(text: string): [string, string][] {
  const items: [string, string][] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('"', from);
    if (open === -1) break;
    const close = text.indexOf('"', open + 1);
    if (close === -1) break;
    let nameEnd = open;
    while (nameEnd > from && /\s/.test(text[nameEnd - 1] as string)) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > from && APT_NAME_CHAR.test(text[nameStart - 1] as string)) nameStart--;
    const name = text.slice(nameStart, nameEnd);
    if (name.includes('::')) items.push([name.toLowerCase(), text.slice(open + 1, close)]);
    from = close + 1;
  }
  return items;
}
const APT_CONF_PATH = '/etc/apt/apt.conf';

/**
 * Follows the apt configuration that RUN commands write with `echo`/`printf` into
 * `/etc/apt/apt.conf` or `/etc/apt/apt.conf.d/*` (directly, or piped into `tee`), per stage,
 * a stage starting from what the stage it builds on ends with. Feed it every RUN command in
 * file order: `settingsFor` first, then `observe`.
 */
export class AptConfigTracker {
  private readonly byStage = new Map<Stage, Map<string, string>>();
  /** What the last `echo`/`printf` printed, for a `tee` later in the same pipeline. */
  private echoed: { command: RunCommand; text: string } | null = null;

  /** The settings written before this command ran. */
  settingsFor(command: RunCommand): AptSettings {
    const stage = (command.inst.parent ?? command.inst).stage;
    return stage ? this.stateOf(stage) : new Map();
  }

  observe(command: RunCommand): void {
    const stage = command.inst.stage;
    // ONBUILD triggers write into the images built later, not into this stage.
    if (!stage || command.inst.parent || command.name === null) return;
    const { cmd, name, args } = command;
    if (name === 'echo' || name === 'printf') {
      const text = args.map((w) => w.value ?? '').join(' ');
      this.echoed = { command, text };
      if (cmd.redirects.some((r) => (r.op === '>' || r.op === '>>') && r.target?.value?.startsWith(APT_CONF_PATH))) this.record(stage, text);
      return;
    }
    const echoed = this.echoed;
    if (name !== 'tee' || !echoed || echoed.command.inst !== command.inst || echoed.command.cmd.pipeline !== cmd.pipeline) return;
    if (args.some((w) => w.value?.startsWith(APT_CONF_PATH))) this.record(stage, echoed.text);
  }

  private stateOf(stage: Stage): Map<string, string> {
    let state = this.byStage.get(stage);
    if (!state) {
      state = new Map(stage.baseStage ? this.stateOf(stage.baseStage) : undefined);
      this.byStage.set(stage, state);
    }
    return state;
  }

  private record(stage: Stage, text: string): void {
    const state = this.stateOf(stage);
    for (const [name, value] of aptConfItems(text)) state.set(name, value);
  }
}

/** yum and dnf share their option syntax (dnf began as a rewrite of yum). */
const RPM_SPEC: OptionSpec = {
  short: 'cdeRx',
  long: new Set([
    '--config', '--installroot', '--releasever', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '--exclude',
    '--excludepkgs', '--downloaddir', '--destdir', '--color', '--rpmverbosity', '--debuglevel', '--errorlevel', '--forcearch',
    '--repofrompath', '--disableplugin', '--enableplugin', '--comment', '--advisory', '--advisories', '--bz', '--bzs', '--cve',
    '--cves', '--sec-severity', '--secseverity', '--security-severity',
  ]),
};

const ZYPPER_SPEC: OptionSpec = {
  short: 'cRDCrtp',
  long: new Set([
    '--config', '--root', '--reposd-path', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir', '--pkg-cache-dir', '--repo',
    '--type', '--from', '--plus-repo', '--download', '--installroot',
  ]),
};

const GEM_SPEC: OptionSpec = {
  short: 'vinspgP',
  long: new Set(['--version', '--install-dir', '--bindir', '--source', '--http-proxy', '--platform', '--file', '--document', '--build-root', '--trust-policy']),
};

const NPM_SPEC: OptionSpec = {
  short: 'wC',
  long: new Set(['--prefix', '--registry', '--cache', '--userconfig', '--omit', '--include', '--workspace', '--tag', '--loglevel', '--location', '--install-strategy']),
};

const YARN_SPEC: OptionSpec = {
  long: new Set(['--cwd', '--cache-folder', '--modules-folder', '--registry', '--network-timeout', '--mutex', '--global-folder', '--link-folder']),
};

const YUM: ReadonlySet<string> = new Set(['yum']);
const DNF: ReadonlySet<string> = new Set(['dnf', 'dnf5', 'dnf-3']);
const MICRODNF: ReadonlySet<string> = new Set(['microdnf']);
const ZYPPER: ReadonlySet<string> = new Set(['zypper']);
const GEM: ReadonlySet<string> = new Set(['gem']);
const NPM: ReadonlySet<string> = new Set(['npm']);

/** `yum <sub>` for one of the subcommands. */
export function yumCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, YUM, RPM_SPEC, subcommands);
}

/** `dnf <sub>` (dnf 4 or dnf5) for one of the subcommands. */
export function dnfCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, DNF, RPM_SPEC, subcommands);
}

/** `microdnf <sub>` for one of the subcommands. */
export function microdnfCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, MICRODNF, RPM_SPEC, subcommands);
}

/** `zypper <sub>` for one of the subcommands (global options such as `-n` may come before it). */
export function zypperCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, ZYPPER, ZYPPER_SPEC, subcommands);
}

/** `gem <sub>` for one of the subcommands. */
export function gemCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, GEM, GEM_SPEC, subcommands);
}

/** `npm <sub>` for one of the subcommands. */
export function npmCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  return callOf(command, NPM, NPM_SPEC, subcommands);
}

/**
 * `yarn <sub>` for one of the subcommands; a bare `yarn` (options only) counts as
 * `yarn install`, which it is, and is returned with the program word as `sub`.
 */
export function yarnCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  const program = command.program;
  if (!program || program.name !== 'yarn') return null;
  const { options, operands } = parseArgs(program.args, YARN_SPEC);
  const sub = operands[0];
  if (!sub) return subcommands.has('install') ? { command, tool: program.word, name: 'yarn', sub: program.word, options, operands: [] } : null;
  if (sub.value === null || !subcommands.has(sub.value)) return null;
  return { command, tool: program.word, name: 'yarn', sub, options, operands: operands.slice(1) };
}

/** Go build flags that take the next word as their value (`-o out`, `-ldflags "-s -w"`). */
const GO_VALUE_FLAGS: ReadonlySet<string> = new Set([
  'o', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'tags', 'mod', 'modfile', 'p', 'C', 'buildmode', 'compiler', 'installsuffix',
  'pkgdir', 'toolexec', 'overlay', 'pgo', 'exec', 'covermode', 'coverpkg', 'buildvcs',
]);

/**
 * `go <sub>` for one of the subcommands. Go reads flags with one or two dashes and whole
 * names (`-ldflags`, never a bundle); flags end at the first operand.
 */
export function goCall(command: RunCommand, subcommands: ReadonlySet<string>): ToolCall | null {
  const program = command.program;
  if (!program || program.name !== 'go') return null;
  const sub = program.args[0];
  if (!sub || sub.value === null || !subcommands.has(sub.value)) return null;
  const args = program.args.slice(1);
  const options: ParsedOption[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const v = (args[i] as ShellWord).value;
    if (v === null || !v.startsWith('-') || v === '-') break;
    if (v === '--') {
      i++;
      break;
    }
    const name = v.replace(/^--?/, '');
    const eq = name.indexOf('=');
    if (eq !== -1) options.push({ name: `-${name.slice(0, eq)}`, value: name.slice(eq + 1), rawValue: name.slice(eq + 1) });
    else if (GO_VALUE_FLAGS.has(name)) {
      const next = args[i + 1];
      options.push({ name: `-${name}`, value: next?.value ?? null, rawValue: next?.raw ?? null });
      i++;
    } else options.push({ name: `-${name}`, value: null, rawValue: null });
  }
  return { command, tool: program.word, name: 'go', sub, options, operands: args.slice(i) };
}

/** yum's and dnf's `-y`, `--assumeyes` or `--setopt=assumeyes=1` (`-q` does not answer prompts). */
export function rpmAssumesYes(call: ToolCall): boolean {
  return call.options.some((o) => {
    if (o.name === '-y' || o.name === '--assumeyes') return true;
    if (o.name !== '--setopt' || o.value === null) return false;
    const [key, value] = o.value.split('=');
    return key?.trim().toLowerCase() === 'assumeyes' && ['1', 'true', 'yes', 'on'].includes((value ?? '').trim().toLowerCase());
  });
}

/** Actions of `yum/dnf group ...` and `module ...` that change packages (and so prompt). */
const RPM_GROUP_ACTIONS: ReadonlySet<string> = new Set(['install', 'remove', 'erase', 'upgrade', 'update', 'reset', 'enable', 'disable', 'switch-to']);

/** For `group`/`module` calls: whether the action changes packages (`group install`, not `group list`); true for other subcommands. */
export function rpmChangesPackages(call: ToolCall): boolean {
  if (call.sub.value !== 'group' && call.sub.value !== 'module') return true;
  const action = call.operands[0]?.value;
  return action !== undefined && action !== null && RPM_GROUP_ACTIONS.has(action);
}
