/** Parses arguments, lints or fixes each file, renders the report, returns the exit code. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import yargs from 'yargs';
import { type Config, ConfigError, ConfigResolver, loadConfigFile, type Threshold } from '../engine/config.js';
import { fixSource } from '../engine/fix.js';
import { DEFAULT_MAX_BYTES, decodeText, InputError, readTextFile } from '../engine/input.js';
import { lint, type LintOptions } from '../engine/linter.js';
import { allRules, findRule, resolveRuleId } from '../engine/registry.js';
import { detectKind, parseDocument } from '../engine/kinds.js';
import { type LintSettings, SEVERITY_RANK } from '../engine/types.js';
import { writeFileAtomic } from '../engine/write.js';
import { VERSION } from '../version.js';
import { REPORTERS } from '../report/index.js';
import { createStatisticsReporter } from '../report/statistics.js';
import { addToSummary, emptySummary, type FileResult, type Reporter } from '../report/types.js';
import { discover } from './discover.js';
import { ruleDocs, rulesTable } from './docs.js';
import { entryOf } from '../engine/text.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;


class UsageError extends Error {}

interface Streams {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly readStdin: () => Buffer;
}

const defaultStreams: Streams = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: () => readFileSync(0),
};

interface Args {
  paths: string[];
  fix: boolean;
  unsafeFixes: boolean | undefined;
  preview: boolean | undefined;
  statistics: boolean;
  diff: boolean;
  format: string;
  stdinFilename: string | undefined;
  config: string | undefined;
  select: string[] | undefined;
  ignore: string[] | undefined;
  failureThreshold: string | undefined;
  color: boolean | undefined;
  maxFileSize: string | undefined;
}

export async function run(argv: readonly string[], streams: Streams = defaultStreams): Promise<number> {
  type Command = { kind: 'lint'; args: Args } | { kind: 'rule'; id: string } | { kind: 'rules'; format: string } | { kind: 'done' };
  let command = { kind: 'done' } as Command;
  let usage: string | null = null;
  const parser = yargs([...argv])
    .scriptName('shipshape')
    .usage('$0 [paths..]\n\nLint Dockerfiles and fix what is insecure by default.')
    .command(
      '$0 [paths..]',
      'Lint Dockerfiles (files or folders; default: the current folder; `-` reads stdin)',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'Files or folders' })
          .option('fix', { type: 'boolean', default: false, describe: 'Apply safe fixes in place' })
          .option('unsafe-fixes', { type: 'boolean', describe: 'Also apply fixes that may change behaviour' })
          .option('preview', { type: 'boolean', describe: 'Also run preview rules (new rules that may still change)' })
          .option('statistics', { type: 'boolean', default: false, describe: 'Print counts per rule (and how many are fixable) instead of each finding' })
          .option('diff', { type: 'boolean', default: false, describe: 'Print the fixes as a unified diff; write nothing' })
          .option('format', { alias: 'f', type: 'string', choices: Object.keys(REPORTERS), default: 'stylish', describe: 'Report format' })
          .option('stdin-filename', { type: 'string', describe: 'Name (and location, for config) of the text read from stdin' })
          .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: nearest .shipshape.yaml or .hadolint.yaml)' })
          .option('select', { type: 'string', requiresArg: true, describe: 'Run only these rules (names or aliases, comma-separated; repeatable)' })
          .option('ignore', { type: 'string', requiresArg: true, describe: 'Skip these rules (names or aliases, comma-separated; repeatable)' })
          .option('failure-threshold', { alias: 't', type: 'string', choices: ['error', 'warning', 'info', 'style', 'none'], describe: 'Lowest severity that fails the run (default: warning)' })
          .option('color', { type: 'boolean', describe: 'Force colour on or off (default: on for a terminal unless NO_COLOR is set)' })
          .option('max-file-size', { type: 'string', describe: 'Largest file to read, e.g. 10MB (default 10MB)' }),
      (a) => {
        command = {
          kind: 'lint',
          args: {
            // yargs drops a lone `-` (stdin) from positionals; take it from the raw arguments.
            paths: withStdin((a.paths as string[] | undefined) ?? [], argv),
            fix: a.fix as boolean,
            unsafeFixes: a['unsafe-fixes'] as boolean | undefined,
            preview: a.preview as boolean | undefined,
            statistics: a.statistics as boolean,
            diff: a.diff as boolean,
            format: a.format as string,
            stdinFilename: a['stdin-filename'] as string | undefined,
            config: a.config as string | undefined,
            select: asList(a.select),
            ignore: asList(a.ignore),
            failureThreshold: a['failure-threshold'] as string | undefined,
            color: a.color as boolean | undefined,
            maxFileSize: a['max-file-size'] as string | undefined,
          },
        };
      },
    )
    .command('rule <id>', 'Show the documentation of a rule (name or alias such as DL3002)', (y) => y.positional('id', { type: 'string', demandOption: true }), (a) => {
      command = { kind: 'rule', id: String(a.id) };
    })
    .command('lsp', 'Start the language server (LSP over stdio) for editors', (y) => y.option('stdio', { type: 'boolean', default: true, describe: 'Talk over stdin and stdout (the only transport)' }).option('clientProcessId', { type: 'number', hidden: true }), async () => {
      // Loaded on demand: the lint path never loads the server and its protocol library.
      const { startServer } = await import('../lsp/server.js');
      startServer();
    })
    .command('rules', 'List all rules', (y) => y.option('format', { alias: 'f', type: 'string', choices: ['text', 'markdown', 'json'], default: 'text' }), (a) => {
      command = { kind: 'rules', format: String(a.format) };
    })
    .strict()
    .help()
    .alias('h', 'help')
    .version(VERSION)
    .alias('v', 'version')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      usage = msg || err?.message || 'invalid arguments';
    });
  let helpText = '';
  await parser.parseAsync([...argv], {}, (_err, _argv, output) => {
    helpText = output;
  });
  if (usage) {
    streams.stderr(`shipshape: error: ${usage}\nRun 'shipshape --help' for usage.\n`);
    return EXIT_USAGE;
  }
  if (helpText) {
    streams.stdout(`${helpText}\n`);
    return EXIT_OK;
  }
  const cmd = command as Command;
  try {
    if (cmd.kind === 'rule') return showRule(cmd.id, streams);
    if (cmd.kind === 'rules') return listRules(cmd.format, streams);
    if (cmd.kind === 'lint') {
      const out = batched(streams);
      try {
        return await lintCommand(cmd.args, out);
      } finally {
        out.flush();
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      streams.stderr(`shipshape: error: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof ConfigError) {
      streams.stderr(`shipshape: error: ${error.file}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
  return EXIT_OK;
}

/** A repeatable string option as a list (yargs gives a string for one use, an array for several). */
function asList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
}

function withStdin(paths: readonly string[], argv: readonly string[]): string[] {
  const dashDash = argv.indexOf('--');
  const own = dashDash === -1 ? argv : argv.slice(0, dashDash);
  return own.includes('-') && !paths.includes('-') ? [...paths, '-'] : [...paths];
}

function showRule(id: string, streams: Streams): number {
  const rule = findRule(id);
  if (!rule) throw new UsageError(`unknown rule \`${id}\` (see 'shipshape rules')`);
  streams.stdout(ruleDocs(rule));
  return EXIT_OK;
}

function listRules(format: string, streams: Streams): number {
  const rules = [...allRules()].sort((a, b) => a.meta.name.localeCompare(b.meta.name));
  if (format === 'markdown') streams.stdout(rulesTable(rules));
  else if (format === 'json') streams.stdout(`${JSON.stringify(rules.map((r) => ({ name: r.meta.name, aliases: r.meta.aliases, severity: r.meta.severity, category: r.meta.category, fix: r.meta.fix, enabled: r.meta.defaultEnabled !== false, summary: r.meta.summary })), null, 2)}\n`);
  else {
    const width = Math.max(...rules.map((r) => r.meta.name.length));
    for (const { meta } of rules) streams.stdout(`${meta.name.padEnd(width)}  ${meta.severity.padEnd(7)}  ${(meta.fix ?? '-').padEnd(12)}  ${meta.aliases.join(', ')}\n`);
  }
  return EXIT_OK;
}

function parseRuleList(option: string, values: string[] | undefined): Set<string> | undefined {
  if (!values) return undefined;
  const out = new Set<string>();
  for (const id of values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)) {
    const names = resolveRuleId(id);
    if (!names.length) throw new UsageError(`--${option}: unknown rule \`${id}\` (see 'shipshape rules')`);
    for (const n of names) out.add(n);
  }
  return out;
}

export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--max-file-size: cannot read \`${text}\` (use e.g. 500KB or 10MB)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * factor);
}

interface Target {
  /** Path shown to the user. */
  readonly display: string;
  /** Path on disk (or the stdin filename). */
  readonly path: string;
  readonly stdin: boolean;
}

function collectTargets(args: Args, errors: string[]): Target[] {
  const paths = args.paths.length ? args.paths : ['.'];
  const targets: Target[] = [];
  for (const p of paths) {
    if (p === '-') {
      const name = args.stdinFilename ?? 'Dockerfile';
      targets.push({ display: args.stdinFilename ?? '<stdin>', path: name, stdin: true });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Reported by readTextFile with a clear message.
    }
    if (isDir) {
      const found = discover(p);
      if (!found.length) errors.push(`${p}: no Dockerfiles found in this folder (looked for Dockerfile, Containerfile, *.Dockerfile, Dockerfile.*, compose.yaml, docker-compose.yml)`);
      for (const f of found) targets.push({ display: f, path: f, stdin: false });
    } else targets.push({ display: p, path: p, stdin: false });
  }
  if (targets.filter((t) => t.stdin).length > 1) throw new UsageError('`-` (stdin) may be given only once');
  return targets;
}

function colorEnabled(args: Args): boolean {
  if (args.color !== undefined) return args.color;
  const env = process.env;
  if ('NO_COLOR' in env && env.NO_COLOR !== undefined) return false;
  if (env.FORCE_COLOR && env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY) && env.TERM !== 'dumb';
}

function settingsFor(path: string, config: Config, stdin: boolean): LintSettings {
  const dir = dirname(resolve(path));
  return {
    images: config.images,
    readContextFile: (rel) => {
      if (stdin && !existsSync(dir)) return null;
      const file = join(dir, rel);
      if (relative(dir, file).startsWith('..')) return null;
      try {
        const st = statSync(file);
        if (!st.isFile() || st.size > 1024 * 1024) return null;
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
  };
}

/** Bytes of output held before a write: one write per file cost more than linting a small file. */
const BATCH_BYTES = 64 * 1024;

/** Streams whose output is kept in order and written in batches (and when the run ends). */
function batched(streams: Streams): Streams & { flush(): void } {
  // Consecutive writes to one stream join the last chunk; chunks keep the order of the writes.
  const chunks: { write: (s: string) => void; text: string }[] = [];
  let size = 0;
  const flush = (): void => {
    for (const chunk of chunks.splice(0)) chunk.write(chunk.text);
    size = 0;
  };
  const writer = (write: (s: string) => void) => (text: string): void => {
    const last = chunks[chunks.length - 1];
    if (last?.write === write) last.text += text;
    else chunks.push({ write, text });
    size += text.length;
    if (size >= BATCH_BYTES) flush();
  };
  return { stdout: writer(streams.stdout), stderr: writer(streams.stderr), readStdin: streams.readStdin, flush };
}

async function lintCommand(args: Args, streams: Streams): Promise<number> {
  const reporter = args.statistics ? createStatisticsReporter(args.format === 'json' ? 'json' : 'text') : (entryOf(REPORTERS, args.format) as Reporter);
  const select = parseRuleList('select', args.select);
  const ignore = parseRuleList('ignore', args.ignore);
  const maxBytes = args.maxFileSize ? parseSize(args.maxFileSize) : DEFAULT_MAX_BYTES;
  if (args.stdinFilename && !args.paths.includes('-') && args.paths.length) throw new UsageError('--stdin-filename needs `-` among the paths');
  if (args.stdinFilename && !args.paths.length) args.paths = ['-'];
  if (args.fix && args.diff) throw new UsageError('--fix and --diff cannot be combined (--diff shows what --fix would write)');
  const explicit = args.config ? loadConfigFile(args.config) : null;
  const resolver = new ConfigResolver(explicit);
  const errors: string[] = [];
  const targets = collectTargets(args, errors);
  const warned = new Set<string>();
  let changedAny = false;
  let failing = false;
  let unsafeUsed = false;
  let patches = 0;
  const stdinFix = args.fix && targets.some((t) => t.stdin);
  // The fixed text owns stdout with `--fix -`, and the patch with `--diff`: the report goes to stderr.
  const reportOut = stdinFix || args.diff ? streams.stderr : streams.stdout;
  const base = { color: colorEnabled(args) && reportOut === streams.stdout, fixing: args.fix };
  // Built once: the per-file report call is in the loop over every file.
  const withUnsafe = { ...base, unsafeFixes: true };
  const withoutUnsafe = { ...base, unsafeFixes: false };
  const createPatch = args.diff ? (await import('diff')).createTwoFilesPatch : null;
  let summary = emptySummary();
  if (!args.diff) reportOut(reporter.start({ ...base, unsafeFixes: false }));
  const fail = (message: string): void => {
    errors.push(message);
    streams.stderr(`shipshape: error: ${message}\n`);
  };
  for (const e of errors.splice(0)) fail(e);
  for (const target of targets) {
    let text: string;
    let mode = 0o644;
    try {
      if (target.stdin) text = decodeText(target.display, streams.readStdin(), maxBytes);
      else ({ text, mode } = readTextFile(target.path, maxBytes));
    } catch (error) {
      if (error instanceof InputError) {
        fail(`${error.file}: ${error.message}`);
        continue;
      }
      throw error;
    }
    const config = resolver.forFile(target.path);
    for (const w of config.warnings) {
      if (!warned.has(w)) streams.stderr(`shipshape: warning: ${w}\n`);
      warned.add(w);
    }
    const threshold: Threshold = (args.failureThreshold as Threshold | undefined) ?? config.failureThreshold;
    const unsafe = args.unsafeFixes ?? config.unsafeFixes;
    unsafeUsed ||= unsafe;
    const options: LintOptions = { config, settings: settingsFor(target.path, config, target.stdin), select, ignore, preview: args.preview };
    let result: FileResult;
    if (args.fix || args.diff) {
      const fixed = fixSource(target.display, text, options, unsafe, detectKind(target.path, text));
      if (fixed.changed && createPatch) {
        streams.stdout(createPatch(target.display, target.display, text, fixed.output, undefined, undefined, { context: 3 }).replace(/^=+\n/m, '').replace(/^Index: .*\n/m, ''));
        patches++;
      }
      if (args.fix && target.stdin) streams.stdout(fixed.output);
      else if (args.fix && fixed.changed) {
        try {
          writeFileAtomic(target.path, fixed.output, mode);
        } catch (error) {
          fail(`${target.display}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? 'error'}); left unchanged`);
          continue;
        }
      }
      changedAny ||= fixed.changed;
      result = { path: target.display, source: fixed.source, findings: fixed.findings, fixed: args.fix ? fixed.applied : [], problems: fixed.problems };
    } else {
      const source = parseDocument(target.display, text, detectKind(target.path, text));
      result = { path: target.display, source, findings: lint(source, options), fixed: [], problems: [] };
    }
    if (threshold !== 'none' && result.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold])) failing = true;
    if (!args.diff) reportOut(reporter.file(result, unsafe ? withUnsafe : withoutUnsafe, summary.files));
    summary = addToSummary(summary, result);
  }
  if (args.diff) {
    const n = summary.bySeverity.error + summary.bySeverity.warning + summary.bySeverity.info + summary.bySeverity.style;
    if (patches === 0) streams.stderr(`No fixes to apply${n ? ` (${n} ${n === 1 ? 'finding remains' : 'findings remain'} without an applicable fix)` : ''}.\n`);
    else streams.stderr(`Would fix ${patches} ${patches === 1 ? 'file' : 'files'}.\n`);
  } else if (summary.files || args.format !== 'stylish' || args.statistics) {
    reportOut(reporter.end(summary, { ...base, unsafeFixes: unsafeUsed }));
  }
  if (errors.length) return EXIT_USAGE;
  if (args.diff) return patches || failing ? EXIT_FINDINGS : EXIT_OK;
  if (failing || (args.fix && changedAny && !stdinFix)) return EXIT_FINDINGS;
  return EXIT_OK;
}
