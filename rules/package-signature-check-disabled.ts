/**
 * package-signature-check-disabled: package managers told to install packages whose
 * signature is missing or wrong (`apk add --allow-untrusted`, `dnf --nogpgcheck`, ...).
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { envSettings } from './lib/env-settings.js';
import { fileWrites } from './lib/file-writes.js';
import { type OptionWord, optionWords, shownOption } from './lib/option-words.js';
import { aptBoolean, type OptionSpec } from './lib/packages.js';
import { optionRemoval } from './lib/removal.js';
import { commandsOf, type RunCommand } from './lib/shell.js';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly data: Readonly<Record<string, unknown>>;
}

const APK_SPEC: OptionSpec = { short: 'Xpt', long: new Set(['--repository', '--root', '--virtual', '--keys-dir', '--repositories-file', '--arch', '--cache-dir']) };
const APT_SPEC: OptionSpec = { short: 'octaP', long: new Set(['--option', '--config-file', '--target-release', '--default-release']) };
const DNF_SPEC: OptionSpec = { short: 'cdex', long: new Set(['--setopt', '--config', '--releasever', '--installroot', '--exclude', '--repo', '--enablerepo', '--disablerepo', '--repoid']) };
const ZYPPER_SPEC: OptionSpec = { short: 'cDRrtn', long: new Set(['--config', '--root', '--reposd-path', '--cache-dir', '--repo', '--type']) };
const RPM_SPEC: OptionSpec = { short: 'D', long: new Set(['--root', '--dbpath', '--define', '--prefix', '--relocate', '--excludepath']) };

const APT_TOOLS: ReadonlySet<string> = new Set(['apt-get', 'apt', 'aptitude']);
const DNF_TOOLS: ReadonlySet<string> = new Set(['yum', 'dnf', 'dnf5', 'microdnf', 'tdnf', 'yum-config-manager']);

/** apt options that accept unsigned packages or repositories. */
const APT_FLAGS: readonly string[] = ['--allow-unauthenticated', '--allow-insecure-repositories', '--force-yes'];
/** apt configuration items that do the same when set true. */
const APT_ITEMS = /^(?:apt::get::allowunauthenticated|acquire::allowinsecurerepositories|acquire::allowdowngradetoinsecurerepositories)$/i;
const GPGCHECK_OFF = /^(?:[^=]*\.)?gpgcheck=(?:0|false|no|off)$/i;
// `repo_gpgcheck` is another setting; a `\n` written for printf is a line break.
const GPGCHECK_OFF_IN_TEXT = /(?:^|[^a-z_]|\\n)gpgcheck\s*=\s*(?:0|false|no|off)(?![A-Za-z0-9])/i;
const APT_TRUSTED_IN_TEXT = /\[[^\]]*\b(?:trusted|allow-insecure)=yes/i;
const APT_ITEMS_IN_TEXT = /allow(?:unauthenticated|insecurerepositories)[\s"=]*(?:true|1|yes)(?![A-Za-z0-9])/i;

const ADVICE = 'remove it and import the repository\'s signing key instead';
const GO_ADVICE = 'remove it (list private modules in GOPRIVATE or GONOSUMDB instead)';

function optionHit(inst: Instruction, o: OptionWord, tool: string): Hit {
  const removal = optionRemoval(inst, o);
  const shown = shownOption(o);
  return {
    start: o.word.start,
    end: o.valueWord ? o.valueWord.end : o.word.end,
    message: `\`${shown}\` makes ${tool} install packages without checking their signatures: ${ADVICE}`,
    data: removal ? { ...removal, title: `Remove \`${shown}\`` } : { noFix: true },
  };
}

function commandHits(command: RunCommand): Hit[] {
  const program = command.program;
  if (!program) return [];
  const { inst } = command;
  const { name, args } = program;
  const hits = (spec: OptionSpec, test: (o: OptionWord) => boolean): Hit[] => optionWords(args, spec).filter(test).map((o) => optionHit(inst, o, name));
  if (name === 'apk') return hits(APK_SPEC, (o) => o.name === '--allow-untrusted');
  if (APT_TOOLS.has(name)) {
    return hits(APT_SPEC, (o) => {
      if (APT_FLAGS.includes(o.name)) return true;
      if ((o.name !== '-o' && o.name !== '--option') || o.value === null) return false;
      const eq = o.value.indexOf('=');
      return eq !== -1 && APT_ITEMS.test(o.value.slice(0, eq)) && aptBoolean(o.value.slice(eq + 1)) === true;
    });
  }
  if (DNF_TOOLS.has(name)) return hits(DNF_SPEC, (o) => o.name === '--nogpgcheck' || (o.name === '--setopt' && o.value !== null && GPGCHECK_OFF.test(o.value)));
  if (name === 'zypper') return hits(ZYPPER_SPEC, (o) => o.name === '--no-gpg-checks');
  if (name === 'rpm') return hits(RPM_SPEC, (o) => ['--nosignature', '--nodigest', '--noverify', '--nofiledigest'].includes(o.name));
  return [];
}

/** A file the write goes to, and what in the text turns checks off there; null when nothing does. */
function weakeningWrite(paths: readonly string[], text: string): string | null {
  for (const path of paths) {
    const yum = path === '/etc/yum.conf' || path.startsWith('/etc/yum.repos.d/') || path.startsWith('/etc/dnf/') || path.startsWith('/etc/zypp/repos.d/');
    if (yum && GPGCHECK_OFF_IN_TEXT.test(text)) return '`gpgcheck=0`';
    if (path.startsWith('/etc/apt/sources.list') && APT_TRUSTED_IN_TEXT.test(text)) return '`[trusted=yes]`';
    if (path.startsWith('/etc/apt/apt.conf') && APT_ITEMS_IN_TEXT.test(text)) return 'an `Allow...` setting';
  }
  return null;
}

function runHits(inst: Instruction): Hit[] {
  const commands = commandsOf(inst);
  const hits = commands.flatMap(commandHits);
  for (const write of fileWrites(inst)) {
    const what = weakeningWrite(write.paths, write.text);
    if (what) hits.push({ start: write.command.cmd.start, end: write.command.cmd.end, message: `This writes ${what}, which turns off package signature checks: ${ADVICE}`, data: { noFix: true } });
  }
  return hits;
}

export const rule: Rule = {
  meta: {
    name: 'package-signature-check-disabled',
    aliases: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'],
    severity: 'error',
    category: 'security',
    summary: 'Do not turn off package signature checks',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports, in RUN commands (ONBUILD triggers, `sudo` and `env` wrappers included): `apk --allow-untrusted`; apt-get/apt/aptitude `--allow-unauthenticated`, `--allow-insecure-repositories`, `--force-yes` and `-o APT::Get::AllowUnauthenticated=true` (or `Acquire::AllowInsecureRepositories`, `Acquire::AllowDowngradeToInsecureRepositories`); yum/dnf/microdnf/tdnf `--nogpgcheck` and `--setopt=gpgcheck=0` (also `<repo>.gpgcheck`); `zypper --no-gpg-checks`; rpm `--nosignature`, `--nodigest`, `--noverify`, `--nofiledigest`. Also `gpgcheck=0` written into yum/dnf/zypper repository files, `[trusted=yes]` (or `allow-insecure=yes`) written into apt sources, and `AllowUnauthenticated`/`AllowInsecureRepositories` written into apt.conf, by `echo`/`printf` (redirected or piped to `tee`) or `sed -i`. And `GOSUMDB=off` (in ENV, ARG defaults, and `NAME=value` prefixes or `export` in RUN), which makes the Go toolchain skip its checksum database for every module.',
      whyItMatters:
        'Signatures are what tie a package to its publisher. Without the check, a mirror, proxy or anyone on the network path can hand the build a modified package, and it runs as root during the install. Mirrors over plain HTTP are only safe because of these signatures.',
      example: 'FROM alpine:3.20\nCOPY vendor/tool.apk /tmp/\nRUN apk add --no-cache --allow-untrusted /tmp/tool.apk\n',
      exampleFixed: 'FROM alpine:3.20\nCOPY vendor/tool.apk /tmp/\nCOPY vendor/tool.rsa.pub /etc/apk/keys/\nRUN apk add --no-cache /tmp/tool.apk\n',
      fix:
        'Removes the option (and its value). Unsafe: the install fails until the signing key is in the image (`/etc/apk/keys`, `signed-by=` for apt, `rpm --import` for rpm-based systems); that failure is the protection working. `--force-yes` also answers prompts, so keep or add `-y`. `GOSUMDB=off` is removed the same way (the whole ENV or ARG when it sets nothing else); a build that fetches private modules then needs them listed in `GOPRIVATE`. Written configuration has no fix: the command that writes it is yours to change. In a `RUN <<EOF` heredoc the fix is only shown.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'RUN') continue;
      for (const hit of runHits(inst)) report(hit);
    }
    // The Go toolchain checks every downloaded module against its checksum database unless
    // GOSUMDB is exactly `off` (names and the value are case-sensitive, as Go reads them).
    for (const setting of envSettings(source)) {
      if (setting.name !== 'GOSUMDB') continue;
      const value = setting.via !== 'RUN' && setting.value !== null ? source.resolve(setting.value, setting.inst).value : setting.value;
      if (value !== 'off') continue;
      const shown = setting.via === 'RUN' ? 'GOSUMDB=off' : `${setting.via} GOSUMDB=off`;
      report({
        start: setting.start,
        end: setting.end,
        message: `\`${shown}\` turns off the Go checksum database, so downloaded modules are not checked against it: ${GO_ADVICE}`,
        data: setting.removal ? { ...setting.removal, title: 'Remove `GOSUMDB=off`' } : { noFix: true },
      });
    }
  },
};
