/**
 * tls-verification-disabled: downloads, package managers or the container's runtime told to
 * accept any TLS certificate (`curl -k`, `pip --trusted-host`, `NODE_TLS_REJECT_UNAUTHORIZED=0`).
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import type { ShellWord } from '../src/shell/types.js';
import { envSettings } from './lib/env-settings.js';
import { fileWrites } from './lib/file-writes.js';
import { type OptionWord, optionWords, shownOption } from './lib/option-words.js';
import { aptBoolean, type OptionSpec, pipCall, type Program } from './lib/packages.js';
import { optionRemoval, type Removal } from './lib/removal.js';
import { commandsOf, type RunCommand } from './lib/shell.js';
import { entryOf } from '../src/engine/text.js';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** The fix's title and what it removes; null when there is no fix. */
  readonly fix: { readonly title: string; readonly removal: Removal } | null;
}

const CURL_SPEC: OptionSpec = {
  short: 'AbcCdDeEFHKmoPQrtTuUwxXyYz',
  long: new Set(['--header', '--output', '--data', '--data-raw', '--data-binary', '--user', '--user-agent', '--request', '--url', '--proxy', '--cacert', '--cert', '--key', '--config', '--write-out', '--form', '--referer', '--retry', '--max-time', '--connect-timeout', '--output-dir', '--upload-file']),
};
const WGET_SPEC: OptionSpec = { short: 'oOaeiBtTwQPUlARDXI', long: new Set(['--output-document', '--output-file', '--directory-prefix', '--user-agent', '--header', '--tries', '--timeout']) };
const PIP_SPEC: OptionSpec = { short: 'rceitf', long: new Set(['--trusted-host', '--index-url', '--extra-index-url', '--requirement', '--constraint', '--find-links', '--target', '--cert', '--proxy']) };
const UV_SPEC: OptionSpec = { long: new Set(['--allow-insecure-host', '--trusted-host', '--index-url', '--extra-index-url', '--index', '--default-index', '--python', '--requirement', '--constraint']) };
const NPM_SPEC: OptionSpec = { long: new Set(['--strict-ssl']) };
const GIT_SPEC: OptionSpec = { short: 'cC', long: new Set(['--git-dir', '--work-tree', '--namespace', '--config-env']), stopAtOperand: true };
const DNF_SPEC: OptionSpec = { short: 'cdex', long: new Set(['--setopt', '--config', '--releasever', '--installroot', '--exclude', '--repo', '--enablerepo', '--disablerepo', '--repoid']) };
const APT_SPEC: OptionSpec = { short: 'octaP', long: new Set(['--option', '--config-file', '--target-release', '--default-release']) };

/** pip subcommands that take `--trusted-host`, and `config` (for `pip config set global.trusted-host`). */
const PIP_ANY_SUBCOMMAND: ReadonlySet<string> = new Set(['install', 'download', 'wheel', 'index', 'list', 'search', 'lock', 'config']);
const DNF_TOOLS: ReadonlySet<string> = new Set(['yum', 'dnf', 'dnf5', 'microdnf', 'tdnf', 'yum-config-manager']);
const NPM_TOOLS: ReadonlySet<string> = new Set(['npm', 'npx', 'pnpm', 'yarn']);
const APT_TOOLS: ReadonlySet<string> = new Set(['apt-get', 'apt', 'aptitude']);

const FALSE_WORDS: ReadonlySet<string> = new Set(['false', '0', 'no', 'off']);
const SSLVERIFY_OFF = /^(?:[^=]*\.)?sslverify=(?:0|false|no|off)$/i;
const SSLVERIFY_OFF_IN_TEXT = /sslverify\s*=\s*(?:0|false|no|off)(?![A-Za-z0-9])/i;
const GIT_SSLVERIFY = /^http\.(?:.+\.)?sslverify$/i;
const APT_VERIFY = /^acquire::https::(?:.+::)?verify-(?:peer|host)$/i;
const APT_VERIFY_OFF_IN_TEXT = /verify-(?:peer|host)[\s"=]*(?:false|0|no|off)(?![A-Za-z0-9])/i;

/** Environment variables that turn certificate checks off, and the values that do it. */
const ENV_SWITCHES: Readonly<Record<string, { readonly off: (value: string | null) => boolean; readonly what: string }>> = {
  NODE_TLS_REJECT_UNAUTHORIZED: { off: (v) => v === '0', what: 'Node.js' },
  PYTHONHTTPSVERIFY: { off: (v) => v === '0', what: 'Python\'s standard library' },
  // git turns checks off when the variable is set at all, whatever its value.
  GIT_SSL_NO_VERIFY: { off: () => true, what: 'git' },
  PIP_TRUSTED_HOST: { off: (v) => v !== '', what: 'pip' },
  UV_INSECURE_HOST: { off: (v) => v !== '', what: 'uv' },
  GOINSECURE: { off: (v) => v !== '', what: 'the Go toolchain' },
  NPM_CONFIG_STRICT_SSL: { off: (v) => v !== null && FALSE_WORDS.has(v.toLowerCase()), what: 'npm' },
};

const ADVICE = 'remove it and make the certificate trusted instead (install the CA into the image)';

function optionHit(inst: Instruction, o: OptionWord, shown: string, tool: string): Hit {
  const removal = optionRemoval(inst, o);
  const end = o.valueWord ? o.valueWord.end : o.word.end;
  return {
    start: o.word.start,
    end,
    message: `\`${shown}\` turns off TLS certificate checks for ${tool}: ${ADVICE}`,
    fix: removal ? { title: `Remove \`${shown}\``, removal } : null,
  };
}

/** A whole command that switches checks off in a configuration (`npm config set strict-ssl false`), shown up to `last`. */
function commandHit(program: Program, last: ShellWord, tool: string): Hit {
  const shown = [program.word, ...program.args.filter((w) => w.end <= last.end)].map((w) => w.value ?? w.raw).join(' ');
  return { start: program.word.start, end: last.end, message: `\`${shown}\` turns off TLS certificate checks for ${tool}: ${ADVICE}`, fix: null };
}

/** Operands of a command: words that are not options (option values are not told apart). */
function operandsOf(args: readonly ShellWord[]): ShellWord[] {
  return args.filter((w) => w.value !== null && !w.value.startsWith('-'));
}

function npmHits(inst: Instruction, program: Program): Hit[] {
  const hits: Hit[] = [];
  for (const o of optionWords(program.args, NPM_SPEC)) {
    const off = o.name === '--no-strict-ssl' || (o.name === '--strict-ssl' && o.value !== null && FALSE_WORDS.has(o.value));
    if (!off) continue;
    // `--strict-ssl` followed by a package name is the flag alone, which turns checks on.
    hits.push(optionHit(inst, o, shownOption(o), program.name));
  }
  // `npm config set strict-ssl false`, `npm set strict-ssl=false`, `yarn config set enableStrictSsl false`.
  const operands = operandsOf(program.args);
  const values = operands.map((w) => w.value ?? '');
  let at = values[0] === 'config' || values[0] === 'c' ? 1 : 0;
  if (values[at] !== 'set' || (at === 0 && program.name === 'yarn')) return hits;
  at++;
  const [key = '', inline = null] = (values[at] ?? '').split('=', 2);
  const value = inline ?? values[at + 1] ?? '';
  if (/^(?:strict-ssl|enablestrictssl)$/i.test(key) && FALSE_WORDS.has(value.toLowerCase())) {
    const last = operands[inline === null ? at + 1 : at] as ShellWord;
    hits.push(commandHit(program, last, program.name));
  }
  return hits;
}

function gitHits(inst: Instruction, program: Program): Hit[] {
  const hits: Hit[] = [];
  const options = optionWords(program.args, GIT_SPEC);
  for (const o of options) {
    if (o.name !== '-c' || o.value === null) continue;
    const eq = o.value.indexOf('=');
    if (eq !== -1 && GIT_SSLVERIFY.test(o.value.slice(0, eq)) && FALSE_WORDS.has(o.value.slice(eq + 1).toLowerCase())) {
      hits.push(optionHit(inst, o, shownOption(o), 'git'));
    }
  }
  // `git config [--global] http.sslVerify false`, `git config set http.sslVerify false`.
  const sub = program.args.findIndex((w) => w.value !== null && !w.value.startsWith('-') && !options.some((o) => o.valueWord === w));
  if (program.args[sub]?.value !== 'config') return hits;
  const rest = program.args.slice(sub + 1);
  const operands = rest.filter((w, i) => w.value !== null && !w.value.startsWith('-') && !['-f', '--file', '--blob', '--type'].includes(rest[i - 1]?.value ?? ''));
  if (operands[0]?.value === 'set') operands.shift();
  const [key, value] = operands;
  if (key?.value && value?.value && GIT_SSLVERIFY.test(key.value) && FALSE_WORDS.has(value.value.toLowerCase())) {
    hits.push(commandHit(program, value, 'git'));
  }
  return hits;
}

function dnfHits(inst: Instruction, program: Program): Hit[] {
  const hits: Hit[] = [];
  const options = optionWords(program.args, DNF_SPEC);
  for (const o of options) {
    if (o.name === '--setopt' && o.value !== null && SSLVERIFY_OFF.test(o.value)) hits.push(optionHit(inst, o, shownOption(o), program.name));
  }
  // dnf5: `dnf config-manager setopt repo.sslverify=0`.
  for (const w of operandsOf(program.args)) {
    if (w.value !== null && SSLVERIFY_OFF.test(w.value) && !options.some((o) => o.valueWord === w)) {
      hits.push({ start: w.start, end: w.end, message: `\`${w.value}\` turns off TLS certificate checks for ${program.name}: ${ADVICE}`, fix: null });
    }
  }
  return hits;
}

function commandHits(command: RunCommand): Hit[] {
  const program = command.program;
  if (!program) return [];
  const inst = command.inst;
  const { name, args } = program;
  const flagHits = (spec: OptionSpec, flags: readonly string[], tool: string): Hit[] =>
    optionWords(args, spec)
      .filter((o) => flags.includes(o.name))
      .map((o) => optionHit(inst, o, shownOption(o), tool));
  if (name === 'curl') return flagHits(CURL_SPEC, ['-k', '--insecure'], 'curl');
  if (name === 'wget') return flagHits(WGET_SPEC, ['--no-check-certificate'], 'wget');
  if (name === 'uv') return flagHits(UV_SPEC, ['--allow-insecure-host', '--trusted-host'], 'uv');
  if (name === 'aws') return flagHits({}, ['--no-verify-ssl'], 'the AWS CLI');
  if (NPM_TOOLS.has(name)) return npmHits(inst, program);
  if (name === 'git') return gitHits(inst, program);
  if (DNF_TOOLS.has(name)) return dnfHits(inst, program);
  if (APT_TOOLS.has(name)) {
    return optionWords(args, APT_SPEC)
      .filter((o) => (o.name === '-o' || o.name === '--option') && o.value !== null && APT_VERIFY.test(o.value.split('=')[0] ?? '') && aptBoolean(o.value.slice(o.value.indexOf('=') + 1)) === false)
      .map((o) => optionHit(inst, o, shownOption(o), name));
  }
  if (name === 'conda' || name === 'mamba' || name === 'micromamba') {
    const values = args.map((w) => w.value);
    const set = values.indexOf('--set');
    const value = args[set + 2];
    if (values[0] === 'config' && set !== -1 && values[set + 1] === 'ssl_verify' && value?.value && FALSE_WORDS.has(value.value.toLowerCase())) {
      return [commandHit(program, value, name)];
    }
    return [];
  }
  const pip = pipCall(command, PIP_ANY_SUBCOMMAND);
  if (!pip) return [];
  if (pip.sub.value !== 'config') return flagHits(PIP_SPEC, ['--trusted-host'], 'pip');
  const [set, key, value] = pip.operands;
  if (set?.value === 'set' && key?.value && /(?:^|\.)trusted-host$/.test(key.value) && value) {
    return [commandHit(program, value, 'pip')];
  }
  return [];
}

function isYumConfig(path: string): boolean {
  return path === '/etc/yum.conf' || path.startsWith('/etc/yum.repos.d/') || path.startsWith('/etc/dnf/') || path.startsWith('/etc/yum/');
}

function runHits(inst: Instruction): Hit[] {
  const commands = commandsOf(inst);
  const hits = commands.flatMap(commandHits);
  for (const write of fileWrites(inst)) {
    const { cmd } = write.command;
    const tool = write.paths.some(isYumConfig) && SSLVERIFY_OFF_IN_TEXT.test(write.text) ? 'yum/dnf' : write.paths.some((p) => p.startsWith('/etc/apt/apt.conf')) && APT_VERIFY_OFF_IN_TEXT.test(write.text) ? 'apt' : null;
    if (tool) hits.push({ start: cmd.start, end: cmd.end, message: `This writes a setting that turns off TLS certificate checks for ${tool}: ${ADVICE}`, fix: null });
  }
  return hits;
}

export const rule: Rule = {
  meta: {
    name: 'tls-verification-disabled',
    aliases: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_13', 'CKV2_DOCKER_14', 'CKV2_DOCKER_15', 'CKV2_DOCKER_16', 'CKV2_DOCKER_18'],
    severity: 'warning',
    category: 'security',
    summary: 'Do not turn off TLS certificate checks',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports settings that make a tool accept any TLS certificate. In RUN commands (ONBUILD triggers, `sudo` and `env` wrappers included): `curl -k`/`--insecure` (also inside a bundle like `-fsSLk`), `wget --no-check-certificate`, `pip --trusted-host` and `pip config set global.trusted-host`, `uv --allow-insecure-host`, npm/pnpm/yarn `--strict-ssl=false`, `--no-strict-ssl` and `config set strict-ssl false` (`enableStrictSsl` for Yarn 2+), `git -c http.sslVerify=false` and `git config http.sslVerify false`, yum/dnf `--setopt=sslverify=0` (also `<repo>.sslverify`, and dnf5 `config-manager setopt`), `aws --no-verify-ssl`, apt `-o Acquire::https::Verify-Peer=false` (or `Verify-Host`), `conda config --set ssl_verify false`, and `sslverify=0` or `Verify-Peer "false"` written by `echo`/`printf` (redirected or piped to `tee`) or `sed -i` into yum/dnf or apt configuration files. As variables, in ENV, ARG defaults and `NAME=value` prefixes or `export` in RUN: `NODE_TLS_REJECT_UNAUTHORIZED=0`, `PYTHONHTTPSVERIFY=0`, `GIT_SSL_NO_VERIFY` (any value: git only checks that it is set), `PIP_TRUSTED_HOST`, `UV_INSECURE_HOST`, `GOINSECURE` (any non-empty value) and `NPM_CONFIG_STRICT_SSL=false`. Text in heredoc bodies written to files is not followed.',
      whyItMatters:
        'Without certificate checks anyone on the network path (a proxy, a compromised mirror, a hostile Wi-Fi) can answer in the server\'s place, and the build installs or runs whatever they send. Settings made with ENV stay in the image, so the running container trusts any server too. The usual reason, a corporate proxy or a private registry with its own CA, is better solved by adding that CA certificate to the image.',
      example: 'FROM node:20-bookworm-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN curl -fsSLk https://example.com/tool.tar.gz | tar -xz -C /usr/local\n',
      exampleFixed: 'FROM node:20-bookworm-slim\nCOPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates && curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local\n',
      fix:
        'Removes the option (its value too; just the letter from a bundle such as `-fsSLk`), the `NAME=value` word of a RUN, or the ENV/ARG setting (the whole instruction when it sets nothing else). Unsafe: with checks back on, a download from a server with a self-signed or private-CA certificate fails until that CA is trusted, which is the point, but it can break a build that worked. Whole commands that write the setting into a configuration (`npm config set ...`, `git config ...`, `echo ... > /etc/yum.repos.d/...`) have no fix: removing a command from a chain is left to you. In a `RUN <<EOF` heredoc the fix is only shown.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'RUN') continue;
      for (const hit of runHits(inst)) {
        report({ start: hit.start, end: hit.end, message: hit.message, data: hit.fix ? { ...hit.fix.removal, title: hit.fix.title } : { noFix: true } });
      }
    }
    for (const setting of envSettings(source)) {
      const switchOff = entryOf(ENV_SWITCHES, setting.name) ?? (setting.name.toUpperCase() === 'NPM_CONFIG_STRICT_SSL' ? ENV_SWITCHES.NPM_CONFIG_STRICT_SSL : undefined);
      if (!switchOff) continue;
      const value = setting.via !== 'RUN' && setting.value !== null ? source.resolve(setting.value, setting.inst).value : setting.value;
      if (!switchOff.off(value)) continue;
      const shown = setting.via === 'RUN' ? setting.name : `${setting.via} ${setting.name}`;
      report({
        start: setting.start,
        end: setting.end,
        message: `\`${shown}\` turns off TLS certificate checks for ${switchOff.what}: ${ADVICE}`,
        data: setting.removal ? { ...setting.removal, title: `Remove \`${setting.name}\`` } : { noFix: true },
      });
    }
  },
};
