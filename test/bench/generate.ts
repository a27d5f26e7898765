/**
 * A deterministic generator of realistic Dockerfiles for the benchmark. A seeded PRNG
 * (mulberry32, one stream per file) drives every choice, so the same version and seed give
 * the same corpus byte for byte on every machine.
 *
 * Files mix stacks (Python, Node, Go, Java, .NET, Alpine/UBI/Ubuntu tool images, Ruby, Rust)
 * with multi-stage builds and distroless/scratch finals, long `&& \` RUN chains with comments
 * inside continuations, heredocs, ARG/ENV/LABEL blocks, and lexical variants (CRLF, lower-case
 * keywords, `# escape=\``). About half the files carry intentional flaws (see FLAWS) so every
 * rule family has something to find and fix.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output changes on purpose. A corpus of another version, or written by a different build of this file, is regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 0x5b1b5a9e;
export const DEFAULT_FILES = 2000;
/** The corpus is split round-robin into this many folders, so one folder is a representative fraction. */
export const CORPUS_PARTS = 4;

/** A small, clean Dockerfile for the cold-start measurement. */
export const COLD_START_DOCKERFILE = `FROM python:3.12-slim-bookworm
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "-m", "app"]
`;

/** Intentional findings, one per rule family the linter covers or will cover. */
const FLAWS = [
  'root-user', 'latest-tag', 'untagged-image', 'apt-recommends', 'apt-no-yes', 'apt-lists', 'apt-upgrade',
  'apt-cli', 'apk-cache', 'pip-cache', 'npm-install', 'curl-pipe-sh', 'sudo', 'add-local', 'add-url',
  'secret-env', 'secret-arg', 'chmod-777', 'maintainer', 'shell-form-cmd', 'duplicate-cmd', 'relative-workdir',
  'cd-in-run', 'expose-ssh', 'insecure-tls', 'no-pipefail', 'from-as-casing', 'unknown-stage', 'useradd-no-l',
  'invalid-suppression', 'yum', 'debian-frontend-env', 'duplicate-healthcheck', 'duplicate-stage-name',
  'copy-dest-slash',
] as const;
type Flaw = (typeof FLAWS)[number] | 'syntax-error';

const STACKS = ['python', 'node', 'go', 'java', 'dotnet', 'alpine', 'ruby', 'rust'] as const;
type Stack = (typeof STACKS)[number];
type Family = 'debian' | 'alpine' | 'rhel';

export interface CorpusFile {
  /** Path relative to the corpus folder, e.g. `part-1/0005-go.Dockerfile`. */
  readonly name: string;
  readonly text: string;
}

export interface CorpusStats {
  readonly files: number;
  readonly bytes: number;
  readonly minBytes: number;
  readonly maxBytes: number;
  readonly crlf: number;
  readonly lowerCase: number;
  readonly backtickEscape: number;
  readonly heredocs: number;
  readonly flawed: number;
  readonly stacks: Readonly<Record<string, number>>;
  readonly flaws: Readonly<Record<string, number>>;
}

export interface CorpusManifest {
  readonly generatorVersion: number;
  /** SHA-256 of the compiled generator, so an edit without a version bump still regenerates. */
  readonly generatorHash: string;
  readonly seed: number;
  readonly parts: number;
  readonly stats: CorpusStats;
}

/** mulberry32: small, fast, and good enough to pick among realistic alternatives. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `n` distinct items in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
    }
    return pool.slice(0, n);
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += Math.floor(this.next() * 16).toString(16);
    return out;
  }
}

interface Style {
  readonly escape: '\\' | '`';
  /** Every keyword lower-case. */
  readonly lowerKeywords: boolean;
  /** Now and then one instruction lower-case. */
  readonly mixedKeywords: boolean;
  /** `&& cmd` at the start of continuation lines rather than `cmd &&` at the end. */
  readonly leadingAnd: boolean;
}

/**
 * One command of a RUN chain: a string, a command spread over several lines (the first
 * line, then further indented lines), or a comment line inside the continuation (`# ...`).
 */
type Command = string | readonly string[];

/** Writes instructions line by line in the file's style and tracks the size so far. */
class Writer {
  private readonly lines: string[] = [];
  length = 0;

  constructor(
    private readonly rng: Random,
    readonly style: Style,
  ) {}

  keyword(name: string): string {
    if (this.style.lowerKeywords || (this.style.mixedKeywords && this.rng.chance(0.12))) return name.toLowerCase();
    return name;
  }

  raw(line: string): void {
    this.lines.push(line);
    this.length += line.length + 1;
  }

  blank(): void {
    this.raw('');
  }

  comment(text: string): void {
    this.raw(`# ${text}`);
  }

  instruction(name: string, args: string): void {
    this.raw(`${this.keyword(name)} ${args}`);
  }

  /** An instruction over several lines; parts that start with `#` are comment lines inside it. */
  continued(name: string, parts: readonly string[]): void {
    const esc = this.style.escape;
    parts.forEach((part, i) => {
      const isComment = part.trimStart().startsWith('#');
      const last = i === parts.length - 1;
      const line = i === 0 ? `${this.keyword(name)} ${part}` : part;
      this.raw(last || isComment ? line : `${line} ${esc}`);
    });
  }

  /** A RUN whose commands are joined by `&&`, one or more lines per command. */
  run(commands: readonly Command[], flags = ''): void {
    const prefix = flags ? `${flags} ` : '';
    const real = commands.filter((c) => !isComment(c));
    if (real.length === 1 && commands.length === 1 && typeof real[0] === 'string') {
      this.instruction('RUN', `${prefix}${real[0]}`);
      return;
    }
    const parts: string[] = [];
    let seen = 0;
    for (const command of commands) {
      if (isComment(command)) {
        parts.push(`    ${command as string}`);
        continue;
      }
      const lines = typeof command === 'string' ? [command] : [...command];
      seen++;
      const first = seen === 1;
      const lastCommand = seen === real.length;
      lines.forEach((line, i) => {
        let text = line;
        if (i === 0 && !first && this.style.leadingAnd) text = `&& ${text}`;
        if (i === lines.length - 1 && !lastCommand && !this.style.leadingAnd) text = `${text} &&`;
        const indent = first && i === 0 ? prefix : i === 0 ? (this.style.leadingAnd ? ' ' : '    ') : '        ';
        parts.push(`${indent}${text}`);
      });
    }
    this.continued('RUN', parts);
  }

  heredoc(name: string, head: string, body: readonly string[], delimiter = 'EOF'): void {
    this.raw(`${this.keyword(name)} ${head}`);
    for (const line of body) this.raw(line);
    this.raw(delimiter);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function isComment(command: Command): boolean {
  return typeof command === 'string' && command.startsWith('#');
}

interface Ctx {
  readonly rng: Random;
  readonly w: Writer;
  readonly flaws: ReadonlySet<Flaw>;
  /** Size the file should reach, in bytes. */
  readonly target: number;
  readonly heredocs: boolean;
  /** Stages set `SHELL [... pipefail ...]` before piping. */
  readonly pipefail: boolean;
  /** Names of the stages written so far. */
  readonly stages: string[];
}

function has(ctx: Ctx, flaw: Flaw): boolean {
  return ctx.flaws.has(flaw);
}

// ---------------------------------------------------------------------------------------------
// Building blocks shared by the stacks.

const DEBIAN_PACKAGES = [
  'build-essential', 'ca-certificates', 'curl', 'git', 'gnupg', 'libpq-dev', 'libssl-dev', 'libffi-dev', 'zlib1g-dev',
  'libxml2-dev', 'libxslt1-dev', 'pkg-config', 'unzip', 'wget', 'xz-utils', 'tzdata', 'locales', 'netcat-openbsd',
  'jq', 'procps', 'tini', 'dumb-init', 'openssh-client', 'libjpeg62-turbo-dev', 'libpng-dev', 'libyaml-dev',
  'gettext-base', 'less', 'file', 'dnsutils', 'iputils-ping', 'libsqlite3-dev', 'libreadline-dev', 'make', 'gcc',
];
const ALPINE_PACKAGES = [
  'build-base', 'ca-certificates', 'curl', 'git', 'openssl', 'tzdata', 'bash', 'libffi-dev', 'musl-dev',
  'postgresql16-dev', 'jq', 'tini', 'su-exec', 'icu-libs', 'gcompat', 'openssh-client', 'zlib-dev', 'linux-headers',
  'yaml-dev', 'libxml2-dev', 'file', 'coreutils', 'findutils', 'gettext', 'unzip',
];
const RHEL_PACKAGES = ['gcc', 'make', 'git', 'tar', 'gzip', 'shadow-utils', 'procps-ng', 'findutils', 'openssl', 'jq', 'unzip', 'which'];

function packages(ctx: Ctx, family: Family, min: number, max: number): string[] {
  const pool = family === 'debian' ? DEBIAN_PACKAGES : family === 'alpine' ? ALPINE_PACKAGES : RHEL_PACKAGES;
  const chosen = ctx.rng.sample(pool, ctx.rng.int(min, Math.min(max, pool.length))).sort();
  // A share of installs pin versions, as scanners ask.
  if (!ctx.rng.chance(0.2)) return chosen;
  return chosen.map((p) => (family === 'debian' ? `${p}=${ctx.rng.int(1, 9)}.${ctx.rng.int(0, 40)}-${ctx.rng.int(1, 5)}` : family === 'alpine' ? `${p}~=${ctx.rng.int(1, 9)}.${ctx.rng.int(0, 20)}` : p));
}

/** The commands that install system packages for a family, flawed as the file asks. */
function installCommands(ctx: Ctx, family: Family, pkgs: readonly string[]): Command[] {
  // Long lists go one package a line, as most real files do.
  const withList = (head: string): Command => (pkgs.length > 4 ? [head, ...pkgs] : `${head} ${pkgs.join(' ')}`);
  if (family === 'alpine') {
    return has(ctx, 'apk-cache') ? ['apk update', withList('apk add')] : [withList('apk add --no-cache')];
  }
  if (family === 'rhel') {
    return has(ctx, 'yum') ? [withList('yum install')] : [withList('dnf install -y --setopt=install_weak_deps=False'), 'dnf clean all', 'rm -rf /var/cache/dnf'];
  }
  const tool = has(ctx, 'apt-cli') ? 'apt' : 'apt-get';
  const yes = has(ctx, 'apt-no-yes') ? '' : ctx.rng.pick([' -y', ' -yq', ' --yes', ' -qq -y']);
  const recommends = has(ctx, 'apt-recommends') ? '' : ' --no-install-recommends';
  const commands: Command[] = [`${tool} update`];
  if (has(ctx, 'apt-upgrade')) commands.push(`${tool} ${ctx.rng.pick(['upgrade', 'dist-upgrade'])} -y`);
  if (ctx.rng.chance(0.25)) commands.push('# keep the layer small: no recommends, no lists');
  commands.push(withList(`${has(ctx, 'debian-frontend-env') ? '' : ctx.rng.chance(0.3) ? 'DEBIAN_FRONTEND=noninteractive ' : ''}${tool} install${yes}${recommends}`));
  if (!has(ctx, 'apt-lists')) commands.push(ctx.rng.pick(['rm -rf /var/lib/apt/lists/*', 'apt-get clean && rm -rf /var/lib/apt/lists/*']));
  return commands;
}

function installPackages(ctx: Ctx, family: Family, min: number, max: number): void {
  const commands = installCommands(ctx, family, packages(ctx, family, min, max));
  if (family === 'debian' && ctx.rng.chance(0.15)) ctx.w.comment('hadolint ignore=DL3008');
  const cacheMount = family === 'debian' && ctx.rng.chance(0.15) ? '--mount=type=cache,target=/var/cache/apt,sharing=locked' : '';
  ctx.w.run(has(ctx, 'sudo') && ctx.rng.chance(0.5) ? commands.map((c) => (typeof c === 'string' && !c.startsWith('#') ? `sudo ${c}` : c)) : commands, cacheMount);
}

function stageName(ctx: Ctx, wanted: string): string {
  // A repeated stage name is a flaw of its own; otherwise names are unique.
  const name = ctx.stages.includes(wanted) && !has(ctx, 'duplicate-stage-name') ? `${wanted}-${ctx.stages.length}` : wanted;
  ctx.stages.push(name);
  return name;
}

function from(ctx: Ctx, image: string, name: string | null): void {
  let ref = image;
  if (ctx.stages.length === 0 && has(ctx, 'latest-tag')) ref = `${image.split(':')[0]}:latest`;
  else if (ctx.stages.length === 0 && has(ctx, 'untagged-image')) ref = image.split(':')[0] as string;
  if (name === null) {
    ctx.stages.push('');
    ctx.w.instruction('FROM', ref);
  } else {
    const as = has(ctx, 'from-as-casing') ? (ctx.w.style.lowerKeywords ? 'AS' : 'as') : ctx.w.style.lowerKeywords ? 'as' : 'AS';
    ctx.w.instruction('FROM', `${ref} ${as} ${stageName(ctx, name)}`);
  }
  if (ctx.stages.length === 1 && has(ctx, 'maintainer')) ctx.w.instruction('MAINTAINER', 'Platform Team <platform@example.com>');
}

function shellPipefail(ctx: Ctx, family: Family): void {
  if (!ctx.pipefail) return;
  ctx.w.instruction('SHELL', family === 'alpine' ? '["/bin/ash", "-eo", "pipefail", "-c"]' : '["/bin/bash", "-o", "pipefail", "-c"]');
}

function oci(ctx: Ctx, title: string): void {
  const labels = [
    `org.opencontainers.image.title="${title}"`,
    `org.opencontainers.image.description="${ctx.rng.pick(['Public API', 'Background worker', 'Internal tooling', 'Web frontend', 'Batch jobs'])}"`,
    `org.opencontainers.image.source="https://github.com/example/${title}"`,
    'org.opencontainers.image.licenses="Apache-2.0"',
    `org.opencontainers.image.vendor="Example Corp"`,
    `org.opencontainers.image.version="\${VERSION}"`,
    `org.opencontainers.image.revision="\${GIT_SHA}"`,
  ];
  const chosen = labels.slice(0, ctx.rng.int(3, labels.length));
  if (ctx.rng.chance(0.5)) {
    ctx.w.instruction('ARG', 'VERSION=0.0.0');
    ctx.w.instruction('ARG', 'GIT_SHA=unknown');
  }
  if (ctx.rng.chance(0.3)) for (const l of chosen) ctx.w.instruction('LABEL', l);
  else ctx.w.continued('LABEL', chosen.map((l, i) => (i === 0 ? l : `      ${l}`)));
}

const TOOLS = [
  { name: 'kubectl', url: 'https://dl.k8s.io/release/v1.30.2/bin/linux/amd64/kubectl', archive: false },
  { name: 'yq', url: 'https://github.com/mikefarah/yq/releases/download/v4.44.2/yq_linux_amd64', archive: false },
  { name: 'tini', url: 'https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64', archive: false },
  { name: 'grpc_health_probe', url: 'https://github.com/grpc-ecosystem/grpc-health-probe/releases/download/v0.4.28/grpc_health_probe-linux-amd64', archive: false },
  { name: 'helm', url: 'https://get.helm.sh/helm-v3.15.2-linux-amd64.tar.gz', archive: true },
  { name: 'dockerize', url: 'https://github.com/jwilder/dockerize/releases/download/v0.7.0/dockerize-linux-amd64-v0.7.0.tar.gz', archive: true },
  { name: 'migrate', url: 'https://github.com/golang-migrate/migrate/releases/download/v4.17.1/migrate.linux-amd64.tar.gz', archive: true },
  { name: 'trivy', url: 'https://github.com/aquasecurity/trivy/releases/download/v0.53.0/trivy_0.53.0_Linux-64bit.tar.gz', archive: true },
] as const;

const INSTALL_SCRIPTS = [
  'curl -fsSL https://deb.nodesource.com/setup_20.x | bash -',
  'curl -sSL https://install.python-poetry.org | python3 -',
  "curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal",
  'curl -sSfL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh | sh -s -- -b /usr/local/bin v1.59.1',
  'wget -qO- https://get.pnpm.io/install.sh | ENV="$HOME/.shrc" SHELL="$(which sh)" sh -',
];

/** Downloads a tool: checked binary, piped tarball, ADD, or an install script piped to a shell. */
function download(ctx: Ctx): void {
  const { rng, w } = ctx;
  const tool = rng.pick(TOOLS);
  const insecure = has(ctx, 'insecure-tls') && rng.chance(0.6);
  const curl = insecure ? 'curl -kfsSL' : 'curl -fsSL';
  if (has(ctx, 'curl-pipe-sh') && rng.chance(0.6)) {
    w.run([rng.pick(INSTALL_SCRIPTS)]);
    return;
  }
  if (rng.chance(0.2) || has(ctx, 'add-url')) {
    const checksum = has(ctx, 'add-url') ? '' : `--checksum=sha256:${rng.hex(64)} `;
    w.instruction('ADD', `${checksum}${tool.url} /usr/local/bin/${tool.name}`);
    w.run([`chmod 0755 /usr/local/bin/${tool.name}`]);
    return;
  }
  const version = `${tool.name.toUpperCase()}_SHA256`;
  w.instruction('ARG', `${version}=${rng.hex(64)}`);
  if (tool.archive) {
    if (rng.chance(0.5)) {
      w.run([[`${curl} "${tool.url}"`, `| tar -xz -C /usr/local/bin --strip-components=1`]]);
    } else {
      w.run([
        `${curl} -o /tmp/${tool.name}.tar.gz "${tool.url}"`,
        `echo "\${${version}}  /tmp/${tool.name}.tar.gz" | sha256sum -c -`,
        `tar -xzf /tmp/${tool.name}.tar.gz -C /tmp`,
        `install -m 0755 /tmp/linux-amd64/${tool.name} /usr/local/bin/${tool.name}`,
        `rm -rf /tmp/${tool.name}.tar.gz /tmp/linux-amd64`,
      ]);
    }
    return;
  }
  const fetch = rng.chance(0.3) ? `wget ${insecure ? '--no-check-certificate ' : ''}-O /usr/local/bin/${tool.name} "${tool.url}"` : `${curl} -o /usr/local/bin/${tool.name} "${tool.url}"`;
  w.run([fetch, `echo "\${${version}}  /usr/local/bin/${tool.name}" | sha256sum -c -`, `chmod +x /usr/local/bin/${tool.name}`]);
}

function envBlock(ctx: Ctx, app: string): void {
  const vars = [
    `APP_NAME=${app}`, 'APP_HOME=/app', 'LANG=C.UTF-8', 'LC_ALL=C.UTF-8', 'TZ=UTC', `LOG_LEVEL=${ctx.rng.pick(['info', 'debug', 'warn'])}`,
    `PORT=${ctx.rng.pick([3000, 8000, 8080, 9090])}`, 'METRICS_ENABLED=true', 'OTEL_SERVICE_NAME=${APP_NAME}', 'GRACEFUL_TIMEOUT=30',
  ];
  const chosen = vars.slice(0, ctx.rng.int(3, vars.length));
  if (ctx.rng.chance(0.2)) ctx.w.instruction('ENV', `${chosen[0]?.replace('=', ' ')}`);
  else ctx.w.continued('ENV', chosen.map((v, i) => (i === 0 ? v : `    ${v}`)));
}

function heredocBlock(ctx: Ctx, family: Family): void {
  const { rng, w } = ctx;
  const kind = rng.int(0, 2);
  if (kind === 0) {
    const shell = family === 'alpine' ? 'sh' : 'bash';
    w.heredoc('RUN', rng.chance(0.5) ? '<<EOF' : `<<'EOF' ${shell}`, [
      'set -eux',
      'mkdir -p /app/data /app/tmp /var/log/app',
      `echo "built at $(date -u +%Y-%m-%dT%H:%M:%SZ)" > /app/BUILD_INFO`,
      rng.chance(0.5) ? 'ln -sf /dev/stdout /var/log/app/access.log' : 'touch /var/log/app/app.log',
      rng.chance(0.5) ? 'find /app -name "*.pyc" -delete' : 'rm -rf /tmp/* /var/tmp/*',
    ]);
  } else if (kind === 1) {
    w.heredoc('COPY', rng.chance(0.5) ? '<<EOF /etc/app/config.yaml' : '<<EOF /app/config/settings.yaml', [
      'server:',
      `  port: ${rng.pick([3000, 8080, 8000])}`,
      '  read_timeout: 15s',
      'log:',
      '  format: json',
      `  level: ${rng.pick(['info', 'warn'])}`,
    ]);
  } else {
    w.heredoc('RUN', 'cat <<\'EOF\' > /usr/local/bin/docker-entrypoint.sh', [
      '#!/bin/sh',
      'set -e',
      'if [ "${1#-}" != "$1" ]; then',
      '  set -- app "$@"',
      'fi',
      'exec "$@"',
    ]);
    w.run(['chmod +x /usr/local/bin/docker-entrypoint.sh']);
  }
}

function compileFromSource(ctx: Ctx): void {
  const { rng, w } = ctx;
  const name = rng.pick(['libvips-8.15.2', 'sqlite-autoconf-3460000', 'redis-7.2.5', 'nginx-1.27.0', 'jemalloc-5.3.0']);
  const commands: Command[] = [
    `curl -fsSLO https://downloads.example.org/src/${name}.tar.gz`,
    `tar -xzf ${name}.tar.gz`,
    `cd ${name}`,
    ['./configure --prefix=/usr/local', '--disable-static', '--enable-shared'],
    '# use every core the builder has',
    'make -j"$(nproc)"',
    'make install',
    'cd ..',
    `rm -rf ${name} ${name}.tar.gz`,
  ];
  if (rng.chance(0.5)) commands.push('ldconfig');
  w.run(commands);
}

function localeBlock(ctx: Ctx, family: Family): void {
  if (family === 'debian') {
    ctx.w.run([
      "sed -i -e 's/# en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen",
      'dpkg-reconfigure --frontend=noninteractive locales',
      'update-locale LANG=en_US.UTF-8',
      'ln -snf /usr/share/zoneinfo/Etc/UTC /etc/localtime',
      'echo Etc/UTC > /etc/timezone',
    ]);
  } else {
    ctx.w.run(['ln -snf /usr/share/zoneinfo/Etc/UTC /etc/localtime', 'echo Etc/UTC > /etc/timezone']);
  }
}

function copyConfigs(ctx: Ctx): void {
  const files = ctx.rng.sample(['config/app.yaml', 'config/logging.ini', 'scripts/wait-for-it.sh', 'scripts/migrate.sh', 'certs/ca.pem', 'nginx.conf', '.env.example'], ctx.rng.int(2, 4));
  for (const f of files) {
    const mode = f.endsWith('.sh') ? '--chmod=0755 ' : '';
    ctx.w.instruction(has(ctx, 'add-local') && ctx.rng.chance(0.5) ? 'ADD' : 'COPY', `${mode}${f} /app/${f}`);
  }
}

/** Extra realistic blocks until the file nears its target size, leaving `reserve` bytes for what follows. */
function fill(ctx: Ctx, family: Family, app: string, reserve: number): void {
  const { rng, w } = ctx;
  while (w.length < ctx.target - reserve) {
    w.blank();
    if (rng.chance(0.4)) w.comment(rng.pick(['Tooling used by the release scripts', 'System dependencies for native extensions', 'Pinned on purpose: see the upgrade notes', 'Keep this layer above the app code for caching', 'TODO: move this into the base image']));
    const block = rng.int(0, 8);
    if (block <= 1) installPackages(ctx, family, 6, 18);
    else if (block === 2) download(ctx);
    else if (block === 3) envBlock(ctx, app);
    else if (block === 4 && ctx.heredocs) heredocBlock(ctx, family);
    else if (block === 5 && family !== 'rhel') compileFromSource(ctx);
    else if (block === 6) localeBlock(ctx, family);
    else if (block === 7) copyConfigs(ctx);
    else oci(ctx, app);
  }
}

/** A build argument holding a secret, and the command that uses it. */
const SECRET_ARGS: readonly (readonly [string, string])[] = [
  ['NPM_TOKEN', 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc'],
  ['GITHUB_TOKEN', 'git config --global url."https://${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"'],
  ['PIP_INDEX_PASSWORD', 'pip config set global.index-url "https://ci:${PIP_INDEX_PASSWORD}@pypi.example.com/simple"'],
];

/** Flaws that can go in any build stage. */
function stageFlaws(ctx: Ctx, family: Family, workdir: string): void {
  const { rng, w } = ctx;
  if (has(ctx, 'secret-arg')) {
    const [name, use] = rng.pick(SECRET_ARGS);
    w.instruction('ARG', name);
    w.run([use]);
  }
  if (has(ctx, 'secret-env')) w.instruction('ENV', rng.pick(['DB_PASSWORD=changeme', 'AWS_SECRET_ACCESS_KEY=example-not-a-real-key', 'API_KEY=dev-api-key-123', 'SECRET_KEY_BASE=notsecret']));
  if (has(ctx, 'debian-frontend-env') && family === 'debian') w.instruction('ENV', 'DEBIAN_FRONTEND=noninteractive');
  if (has(ctx, 'relative-workdir')) w.instruction('WORKDIR', rng.pick(['app', 'src/service', 'build']));
  if (has(ctx, 'cd-in-run')) w.run([`cd ${workdir}`, rng.pick(['make build', 'npm run build', './build.sh'])]);
  if (has(ctx, 'chmod-777')) w.run([rng.pick(['chmod -R 777 /app', 'chmod 777 /tmp/cache', `mkdir -p ${workdir}/tmp && chmod -R 0777 ${workdir}/tmp`])]);
  if (has(ctx, 'insecure-tls')) w.run([rng.pick(['git config --global http.sslVerify false', 'npm config set strict-ssl false', 'pip config set global.trusted-host "pypi.org files.pythonhosted.org"'])]);
  if (has(ctx, 'sudo')) w.run(['sudo mkdir -p /opt/cache', 'sudo chown -R "$(id -u)" /opt/cache']);
  if (has(ctx, 'invalid-suppression')) {
    w.comment(rng.pick(['shipshape ignore=no-such-rule', 'hadolint ignore=', 'shipshape ignore=']));
    w.run(['echo "suppressed for a reason nobody remembers"']);
  }
}

function createUser(ctx: Ctx, family: Family, user: string): void {
  const { rng, w } = ctx;
  if (family === 'alpine') {
    w.run([`addgroup -S -g 10001 ${user}`, `adduser -S -D -H -u 10001 -G ${user} ${user}`]);
  } else if (has(ctx, 'useradd-no-l')) {
    w.run([`useradd -m -u ${rng.int(100000, 2000000)} ${user}`]);
  } else {
    w.run([`groupadd --system --gid 10001 ${user}`, [`useradd --system --uid 10001 --gid ${user}`, `--no-log-init --create-home --home-dir /home/${user} ${user}`]]);
  }
}

function exec(args: readonly string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(', ')}]`;
}

interface Runtime {
  /** Non-root user to switch to, or null when the base image is non-root already. */
  readonly user: string | null;
  readonly port: number;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  /** Exec-form health probe, or null when the image cannot run one (scratch without a probe). */
  readonly health: readonly string[] | null;
}

/** The end of the final stage: USER, EXPOSE, HEALTHCHECK, ENTRYPOINT and CMD, flawed as asked. */
function finish(ctx: Ctx, r: Runtime): void {
  const { rng, w } = ctx;
  if (r.user && !has(ctx, 'root-user')) w.instruction('USER', r.user);
  w.instruction('EXPOSE', rng.chance(0.2) ? `${r.port}/tcp` : String(r.port));
  if (has(ctx, 'expose-ssh')) w.instruction('EXPOSE', '22');
  if (r.health) {
    const probe = `--interval=30s --timeout=3s --start-period=10s --retries=3 CMD ${exec(r.health)}`;
    w.instruction('HEALTHCHECK', probe);
    if (has(ctx, 'duplicate-healthcheck')) w.instruction('HEALTHCHECK', `CMD ${exec(r.health)}`);
  }
  if (has(ctx, 'root-user') && rng.chance(0.5)) w.instruction('USER', 'root');
  if (r.entrypoint) w.instruction('ENTRYPOINT', exec(r.entrypoint));
  if (r.cmd) {
    if (has(ctx, 'duplicate-cmd')) w.instruction('CMD', exec(['sh']));
    w.instruction('CMD', has(ctx, 'shell-form-cmd') ? r.cmd.join(' ') : exec(r.cmd));
  }
}

function copyFrom(ctx: Ctx, stage: string, args: string): void {
  const name = has(ctx, 'unknown-stage') && ctx.rng.chance(0.3) ? `${stage}-env` : stage;
  ctx.w.instruction('COPY', `--from=${name} ${args}`);
}

// ---------------------------------------------------------------------------------------------
// Stacks.

function python(ctx: Ctx): void {
  const { rng, w } = ctx;
  const version = rng.pick(['3.10', '3.11', '3.12']);
  const distro = rng.pick(['slim-bookworm', 'slim', 'bookworm']);
  const venv = rng.chance(0.5);
  const pipFlags = has(ctx, 'pip-cache') ? '' : ' --no-cache-dir';
  w.instruction('ARG', `PYTHON_VERSION=${version}`);
  from(ctx, `python:\${PYTHON_VERSION}-${distro}`, 'builder');
  shellPipefail(ctx, 'debian');
  w.continued('ENV', ['PYTHONDONTWRITEBYTECODE=1', '    PYTHONUNBUFFERED=1', '    PIP_DISABLE_PIP_VERSION_CHECK=1']);
  w.instruction('WORKDIR', '/app');
  stageFlaws(ctx, 'debian', '/app');
  installPackages(ctx, 'debian', 2, 6);
  fill(ctx, 'debian', 'api', 900);
  w.instruction(has(ctx, 'add-local') ? 'ADD' : 'COPY', has(ctx, 'copy-dest-slash') ? 'requirements.txt requirements-prod.txt /app' : 'requirements.txt requirements-prod.txt ./');
  if (venv) {
    w.run(['python -m venv /opt/venv', `/opt/venv/bin/pip install${pipFlags} --upgrade pip setuptools wheel`, `/opt/venv/bin/pip install${pipFlags} -r requirements-prod.txt`]);
  } else if (rng.chance(0.5)) {
    w.run([`pip install${pipFlags} --prefix=/install -r requirements-prod.txt`], '--mount=type=cache,target=/root/.cache/pip');
  } else {
    w.run([`pip install${pipFlags} --prefix=/install -r requirements-prod.txt`, `pip install${pipFlags} gunicorn`]);
  }
  w.instruction('COPY', '. .');
  if (rng.chance(0.5)) w.run(['python -m compileall -q /app']);
  w.blank();
  from(ctx, `python:${version}-slim-bookworm`, 'runtime');
  w.instruction('ENV', venv ? 'PYTHONUNBUFFERED=1 PATH="/opt/venv/bin:$PATH"' : 'PYTHONUNBUFFERED=1');
  installPackages(ctx, 'debian', 1, 3);
  createUser(ctx, 'debian', 'app');
  w.instruction('WORKDIR', '/app');
  if (venv) copyFrom(ctx, 'builder', '/opt/venv /opt/venv');
  else copyFrom(ctx, 'builder', '/install /usr/local');
  copyFrom(ctx, 'builder', '--chown=app:app /app /app');
  finish(ctx, {
    user: 'app',
    port: 8000,
    health: ['python', '-c', "import urllib.request; urllib.request.urlopen('http://localhost:8000/healthz')"],
    cmd: ['gunicorn', '--bind', '0.0.0.0:8000', '--workers', String(rng.int(2, 8)), 'app.wsgi:application'],
  });
}

function node(ctx: Ctx): void {
  const { rng, w } = ctx;
  const major = rng.pick(['18', '20', '22']);
  const alpine = rng.chance(0.4);
  const base = alpine ? `node:${major}-alpine` : `node:${major}-bookworm-slim`;
  const family: Family = alpine ? 'alpine' : 'debian';
  const ci = has(ctx, 'npm-install') ? 'npm install' : 'npm ci';
  from(ctx, base, 'deps');
  w.instruction('WORKDIR', '/usr/src/app');
  if (alpine && rng.chance(0.5)) {
    w.comment('native modules need a toolchain');
    w.run([has(ctx, 'apk-cache') ? 'apk add python3 make g++' : 'apk add --no-cache python3 make g++']);
  }
  w.instruction(has(ctx, 'add-local') ? 'ADD' : 'COPY', has(ctx, 'copy-dest-slash') ? 'package.json package-lock.json /usr/src/app' : 'package.json package-lock.json ./');
  w.run([`${ci} --omit=dev`], rng.chance(0.4) ? '--mount=type=cache,target=/root/.npm' : '');
  w.blank();
  from(ctx, base, 'build');
  shellPipefail(ctx, family);
  w.instruction('WORKDIR', '/usr/src/app');
  stageFlaws(ctx, family, '/usr/src/app');
  if (has(ctx, 'npm-install')) w.run(['npm install -g pnpm@9']);
  fill(ctx, family, 'web', 800);
  w.instruction('COPY', 'package.json package-lock.json ./');
  w.run([ci]);
  w.instruction('COPY', '. .');
  w.run(['npm run build', 'npm prune --omit=dev']);
  w.blank();
  const spa = rng.chance(0.2);
  if (spa) {
    from(ctx, 'nginxinc/nginx-unprivileged:1.27-alpine', null);
    copyFrom(ctx, 'build', '/usr/src/app/dist /usr/share/nginx/html');
    finish(ctx, { user: null, port: 8080, health: null, cmd: ['nginx', '-g', 'daemon off;'] });
    return;
  }
  const distroless = rng.chance(0.4);
  from(ctx, distroless ? `gcr.io/distroless/nodejs${major}-debian12:nonroot` : base, null);
  w.instruction('ENV', 'NODE_ENV=production');
  w.instruction('WORKDIR', '/app');
  copyFrom(ctx, 'deps', '/usr/src/app/node_modules ./node_modules');
  copyFrom(ctx, 'build', `${distroless ? '' : '--chown=node:node '}/usr/src/app/dist ./dist`);
  finish(ctx, {
    user: distroless ? null : 'node',
    port: 3000,
    health: distroless ? null : ['node', 'dist/healthcheck.js'],
    cmd: distroless ? ['dist/server.js'] : ['node', 'dist/server.js'],
  });
}

function go(ctx: Ctx): void {
  const { rng, w } = ctx;
  const alpine = rng.chance(0.6);
  const family: Family = alpine ? 'alpine' : 'debian';
  const version = rng.pick(['1.21', '1.22', '1.23']);
  w.instruction('ARG', `GO_VERSION=${version}`);
  from(ctx, `golang:\${GO_VERSION}-${alpine ? 'alpine' : 'bookworm'}`, 'build');
  shellPipefail(ctx, family);
  installPackages(ctx, family, 2, 4);
  w.instruction('WORKDIR', '/src');
  stageFlaws(ctx, family, '/src');
  fill(ctx, family, 'server', 900);
  w.instruction('COPY', 'go.mod go.sum ./');
  w.run(['go mod download'], '--mount=type=cache,target=/go/pkg/mod');
  w.instruction('COPY', '. .');
  w.instruction('ARG', 'VERSION=dev');
  w.continued('RUN', [
    '--mount=type=cache,target=/go/pkg/mod',
    '    --mount=type=cache,target=/root/.cache/go-build',
    '    CGO_ENABLED=0 GOOS=linux GOARCH=amd64',
    `    go build -trimpath -ldflags="-s -w -X main.version=\${VERSION}" -o /out/server ./cmd/${rng.pick(['server', 'api', 'worker'])}`,
  ]);
  w.blank();
  const final = rng.pick(['scratch', 'gcr.io/distroless/static-debian12:nonroot', 'alpine:3.20']);
  from(ctx, final, null);
  copyFrom(ctx, 'build', '/etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/');
  if (alpine) copyFrom(ctx, 'build', '/usr/share/zoneinfo /usr/share/zoneinfo');
  copyFrom(ctx, 'build', '/out/server /server');
  finish(ctx, {
    user: final.endsWith(':nonroot') ? null : '65532:65532',
    port: 8080,
    health: rng.chance(0.5) ? ['/server', 'healthcheck'] : null,
    entrypoint: ['/server'],
  });
}

function java(ctx: Ctx): void {
  const { rng, w } = ctx;
  const jdk = rng.pick(['17', '21']);
  const gradle = rng.chance(0.3);
  from(ctx, gradle ? `gradle:8.7-jdk${jdk}` : `maven:3.9-eclipse-temurin-${jdk}`, 'build');
  shellPipefail(ctx, 'debian');
  w.instruction('WORKDIR', '/workspace');
  stageFlaws(ctx, 'debian', '/workspace');
  fill(ctx, 'debian', 'service', 900);
  if (gradle) {
    w.instruction('COPY', 'build.gradle.kts settings.gradle.kts gradlew ./');
    w.instruction('COPY', 'gradle ./gradle');
    w.run(['./gradlew dependencies --no-daemon'], '--mount=type=cache,target=/home/gradle/.gradle');
    w.instruction('COPY', 'src ./src');
    w.run(['./gradlew bootJar --no-daemon -x test', 'mkdir -p build/extracted', 'java -Djarmode=layertools -jar build/libs/*.jar extract --destination build/extracted']);
  } else {
    w.instruction('COPY', 'pom.xml .');
    w.run(['mvn -B -q dependency:go-offline'], '--mount=type=cache,target=/root/.m2');
    w.instruction('COPY', 'src ./src');
    w.run(['mvn -B package -DskipTests', '# split the fat jar into layers for better caching', 'mkdir -p target/extracted', 'java -Djarmode=layertools -jar target/*.jar extract --destination target/extracted']);
  }
  w.blank();
  const out = gradle ? 'build' : 'target';
  const distroless = rng.chance(0.3);
  from(ctx, distroless ? `gcr.io/distroless/java${jdk}-debian12` : `eclipse-temurin:${jdk}-jre-jammy`, null);
  if (!distroless) {
    installPackages(ctx, 'debian', 1, 2);
    createUser(ctx, 'debian', 'spring');
  }
  w.instruction('WORKDIR', '/app');
  for (const layer of ['dependencies', 'spring-boot-loader', 'snapshot-dependencies', 'application']) copyFrom(ctx, 'build', `/workspace/${out}/extracted/${layer}/ ./`);
  finish(ctx, {
    user: distroless ? 'nonroot' : 'spring:spring',
    port: 8080,
    health: distroless ? null : ['curl', '-fsS', 'http://localhost:8080/actuator/health'],
    entrypoint: ['java', '-XX:MaxRAMPercentage=75', 'org.springframework.boot.loader.launch.JarLauncher'],
  });
}

function dotnet(ctx: Ctx): void {
  const { rng, w } = ctx;
  const version = rng.pick(['6.0', '8.0']);
  const project = rng.pick(['Api', 'Orders.Api', 'Worker', 'Gateway']);
  from(ctx, `mcr.microsoft.com/dotnet/aspnet:${version}`, 'base');
  w.instruction('WORKDIR', '/app');
  w.instruction('EXPOSE', '8080');
  w.blank();
  from(ctx, `mcr.microsoft.com/dotnet/sdk:${version}`, 'build');
  shellPipefail(ctx, 'debian');
  w.instruction('ARG', 'BUILD_CONFIGURATION=Release');
  w.instruction('WORKDIR', '/src');
  stageFlaws(ctx, 'debian', '/src');
  fill(ctx, 'debian', project.toLowerCase(), 1000);
  w.instruction('COPY', `["${project}/${project}.csproj", "${project}/"]`);
  w.instruction('COPY', '["Directory.Build.props", "./"]');
  w.run([`dotnet restore "./${project}/${project}.csproj"`]);
  w.instruction('COPY', '. .');
  w.instruction('WORKDIR', `"/src/${project}"`);
  w.run([`dotnet build "./${project}.csproj" -c $BUILD_CONFIGURATION -o /app/build`]);
  w.blank();
  from(ctx, 'build', 'publish');
  w.instruction('ARG', 'BUILD_CONFIGURATION=Release');
  w.run([`dotnet publish "./${project}.csproj" -c $BUILD_CONFIGURATION -o /app/publish /p:UseAppHost=false`]);
  w.blank();
  from(ctx, 'base', 'final');
  w.instruction('WORKDIR', '/app');
  copyFrom(ctx, 'publish', '/app/publish .');
  finish(ctx, { user: version === '8.0' ? '$APP_UID' : 'app', port: 8080, health: null, entrypoint: ['dotnet', `${project}.dll`] });
}

function toolImage(ctx: Ctx): void {
  const { rng, w } = ctx;
  const family: Family = has(ctx, 'yum') ? 'rhel' : rng.pick<Family>(['alpine', 'alpine', 'alpine', 'debian', 'rhel']);
  const base =
    family === 'alpine' ? rng.pick(['alpine:3.19', 'alpine:3.20']) : family === 'debian' ? rng.pick(['ubuntu:22.04', 'ubuntu:24.04', 'debian:bookworm-slim']) : rng.pick(['amazonlinux:2023', 'registry.access.redhat.com/ubi9/ubi:9.4', 'rockylinux:9']);
  from(ctx, base, null);
  shellPipefail(ctx, family);
  w.instruction('ARG', 'TARGETARCH');
  oci(ctx, 'toolbox');
  stageFlaws(ctx, family, '/opt/tools');
  installPackages(ctx, family, 3, 8);
  fill(ctx, family, 'toolbox', 700);
  if (rng.chance(0.3)) {
    w.comment('images built FROM this one compile their sources on build');
    w.instruction('ONBUILD', 'COPY . /opt/tools/src');
    w.instruction('ONBUILD', 'RUN make -C /opt/tools/src install');
  }
  if (rng.chance(0.3)) w.instruction('VOLUME', '["/data"]');
  if (rng.chance(0.2)) w.instruction('STOPSIGNAL', 'SIGTERM');
  createUser(ctx, family, 'tools');
  w.instruction('COPY', '--chmod=0755 entrypoint.sh /usr/local/bin/entrypoint.sh');
  w.instruction('WORKDIR', '/opt/tools');
  finish(ctx, { user: 'tools', port: 9000, health: null, entrypoint: ['/usr/local/bin/entrypoint.sh'], cmd: ['--help'] });
}

function ruby(ctx: Ctx): void {
  const { rng, w } = ctx;
  w.instruction('ARG', `RUBY_VERSION=${rng.pick(['3.2.4', '3.3.4'])}`);
  from(ctx, 'ruby:$RUBY_VERSION-slim', 'base');
  w.instruction('WORKDIR', '/rails');
  w.continued('ENV', ['RAILS_ENV="production"', '    BUNDLE_DEPLOYMENT="1"', '    BUNDLE_PATH="/usr/local/bundle"', '    BUNDLE_WITHOUT="development:test"']);
  w.blank();
  from(ctx, 'base', 'build');
  shellPipefail(ctx, 'debian');
  stageFlaws(ctx, 'debian', '/rails');
  installPackages(ctx, 'debian', 3, 6);
  fill(ctx, 'debian', 'rails', 1000);
  w.instruction('COPY', 'Gemfile Gemfile.lock ./');
  w.run(['bundle install', 'rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache "${BUNDLE_PATH}"/ruby/*/bundler/gems/*/.git', 'bundle exec bootsnap precompile --gemfile']);
  w.instruction('COPY', '. .');
  w.run(['bundle exec bootsnap precompile app/ lib/', 'SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile']);
  w.blank();
  from(ctx, 'base', null);
  installPackages(ctx, 'debian', 2, 4);
  copyFrom(ctx, 'build', '"${BUNDLE_PATH}" "${BUNDLE_PATH}"');
  copyFrom(ctx, 'build', '/rails /rails');
  w.run(['groupadd --system --gid 1000 rails', 'useradd rails --uid 1000 --gid 1000 --create-home --shell /bin/bash', 'chown -R rails:rails db log storage tmp']);
  finish(ctx, { user: '1000:1000', port: 3000, health: ['curl', '-fsS', 'http://localhost:3000/up'], entrypoint: ['/rails/bin/docker-entrypoint'], cmd: ['./bin/rails', 'server'] });
}

function rust(ctx: Ctx): void {
  const { rng, w } = ctx;
  from(ctx, `rust:${rng.pick(['1.78', '1.79', '1.80'])}-bookworm`, 'builder');
  shellPipefail(ctx, 'debian');
  w.instruction('WORKDIR', '/usr/src/app');
  stageFlaws(ctx, 'debian', '/usr/src/app');
  installPackages(ctx, 'debian', 1, 4);
  fill(ctx, 'debian', 'svc', 800);
  w.instruction('COPY', 'Cargo.toml Cargo.lock ./');
  w.run(['mkdir src', 'echo "fn main() {}" > src/main.rs', '# build dependencies only, so they cache apart from the code', 'cargo build --release', 'rm -rf src']);
  w.instruction('COPY', '. .');
  w.run(['touch src/main.rs', 'cargo build --release --locked'], '--mount=type=cache,target=/usr/local/cargo/registry');
  w.blank();
  const distroless = rng.chance(0.5);
  from(ctx, distroless ? 'gcr.io/distroless/cc-debian12:nonroot' : 'debian:bookworm-slim', null);
  if (!distroless) {
    installPackages(ctx, 'debian', 1, 2);
    createUser(ctx, 'debian', 'svc');
  }
  copyFrom(ctx, 'builder', '/usr/src/app/target/release/svc /usr/local/bin/svc');
  finish(ctx, { user: distroless ? null : 'svc', port: 8080, health: null, entrypoint: ['/usr/local/bin/svc'] });
}

const WRITERS: Readonly<Record<Stack, (ctx: Ctx) => void>> = { python, node, go, java, dotnet, alpine: toolImage, ruby, rust };

/** A syntax error in one of three shapes; the unclosed heredoc must be last. */
function breakSyntax(rng: Random, text: string): string {
  const kind = rng.int(0, 2);
  if (kind === 0) return text.replace(/^run /im, 'RUNN ');
  if (kind === 1) return text.replace(/^from /im, 'COPY . /app\n$&');
  return `${text}RUN <<EOF\nset -e\necho unterminated\n`;
}

export interface GeneratedFile {
  readonly text: string;
  readonly stack: Stack;
  readonly flaws: readonly Flaw[];
  readonly crlf: boolean;
  readonly lowerCase: boolean;
  readonly backtickEscape: boolean;
  readonly heredocs: boolean;
}

export function generateFile(seed: number, index: number): GeneratedFile {
  const rng = new Random(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const stack = rng.pick(STACKS);
  const flaws = new Set<Flaw>(rng.chance(0.5) ? rng.sample(FLAWS, rng.int(1, 4)) : []);
  const style: Style = {
    escape: rng.chance(0.04) ? '`' : '\\',
    lowerKeywords: rng.chance(0.05),
    mixedKeywords: rng.chance(0.1),
    leadingAnd: rng.chance(0.4),
  };
  const heredocs = rng.chance(0.35);
  // Skewed towards small files, as in real repositories: 1 KB to 10 KB.
  const target = Math.round(1500 + rng.next() ** 1.6 * 8.2 * 1024);
  const w = new Writer(rng, style);
  if (style.escape === '`') w.raw('# escape=`');
  if (heredocs || rng.chance(0.5)) w.raw(`# syntax=docker/dockerfile:${rng.pick(['1', '1.7', '1.6'])}`);
  if (rng.chance(0.6)) {
    w.comment(rng.pick(['Production image for the service.', 'Multi-stage build: the final stage carries only the runtime.', 'Build: docker build -t example/app .']));
    if (rng.chance(0.5)) w.comment('Keep in sync with .github/workflows/release.yml');
  }
  const ctx: Ctx = { rng, w, flaws, target, heredocs, pipefail: !flaws.has('no-pipefail') && rng.chance(0.7), stages: [] };
  WRITERS[stack](ctx);
  let text = w.text();
  if (rng.chance(0.01)) {
    flaws.add('syntax-error');
    text = breakSyntax(rng, text);
  }
  const crlf = rng.chance(0.1);
  if (crlf) text = text.replace(/\n/g, '\r\n');
  return { text, stack, flaws: [...flaws], crlf, lowerCase: style.lowerKeywords, backtickEscape: style.escape === '`', heredocs };
}

export function generateCorpus(files = DEFAULT_FILES, seed = DEFAULT_SEED): { files: CorpusFile[]; stats: CorpusStats } {
  const out: CorpusFile[] = [];
  const stacks: Record<string, number> = {};
  const flawCounts: Record<string, number> = {};
  let bytes = 0;
  let minBytes = Infinity;
  let maxBytes = 0;
  let crlf = 0;
  let lowerCase = 0;
  let backtickEscape = 0;
  let heredocs = 0;
  let flawed = 0;
  for (let i = 0; i < files; i++) {
    const f = generateFile(seed, i);
    const size = Buffer.byteLength(f.text);
    bytes += size;
    minBytes = Math.min(minBytes, size);
    maxBytes = Math.max(maxBytes, size);
    crlf += Number(f.crlf);
    lowerCase += Number(f.lowerCase);
    backtickEscape += Number(f.backtickEscape);
    heredocs += Number(f.heredocs);
    flawed += Number(f.flaws.length > 0);
    stacks[f.stack] = (stacks[f.stack] ?? 0) + 1;
    for (const flaw of f.flaws) flawCounts[flaw] = (flawCounts[flaw] ?? 0) + 1;
    out.push({ name: `part-${i % CORPUS_PARTS}/${String(i).padStart(4, '0')}-${f.stack}.Dockerfile`, text: f.text });
  }
  const stats: CorpusStats = { files, bytes, minBytes, maxBytes, crlf, lowerCase, backtickEscape, heredocs, flawed, stacks, flaws: flawCounts };
  return { files: out, stats };
}

function readManifest(dir: string): CorpusManifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusManifest;
  } catch {
    return null;
  }
}

function generatorHash(): string {
  return createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex');
}

/**
 * Writes the corpus to `dir` unless a corpus of this generator, seed and size is there
 * already. The new corpus is written beside it and renamed into place.
 */
export function ensureCorpus(dir: string, files = DEFAULT_FILES, seed = DEFAULT_SEED): { manifest: CorpusManifest; generated: boolean } {
  const hash = generatorHash();
  const existing = readManifest(dir);
  if (existing && existing.generatorVersion === GENERATOR_VERSION && existing.generatorHash === hash && existing.seed === seed && existing.stats.files === files && existing.parts === CORPUS_PARTS) {
    return { manifest: existing, generated: false };
  }
  const corpus = generateCorpus(files, seed);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (let p = 0; p < CORPUS_PARTS; p++) mkdirSync(join(tmp, `part-${p}`), { recursive: true });
  for (const f of corpus.files) writeFileSync(join(tmp, f.name), f.text);
  const manifest: CorpusManifest = { generatorVersion: GENERATOR_VERSION, generatorHash: hash, seed, parts: CORPUS_PARTS, stats: corpus.stats };
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { manifest, generated: true };
}
