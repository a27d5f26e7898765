/**
 * shipshape's benchmark: `npm run bench [-- --quick] [-- --json]`.
 *
 * 1. In one process, over the whole generated corpus held in memory: parse only
 *    (dockerfile-ast), the source model, the model with every RUN's shell view, lint, and
 *    lint + fix (all fixes, unsafe included). Median files/s of several runs.
 * 2. The CLI as users run it, whole process (spawn to exit): wall time and peak RSS for one
 *    file, a quarter of the corpus and the whole corpus, to show throughput and that memory
 *    stays flat as the number of files grows.
 * 3. Cold start: `shipshape <one small Dockerfile>` against `node -e 0`.
 *
 * `--quick` runs the in-process steps over a quarter of the corpus and repeats everything
 * fewer times; `--json` prints the results as JSON instead of a table.
 *
 * "The CLI" is what package.json's `bin` points at, so the numbers are those users get.
 *
 * Peak RSS of a child comes from a tiny `--import` preload that writes
 * `process.resourceUsage().maxRSS` (the kernel's high-water mark, ru_maxrss) to a file when
 * the process exits; `/usr/bin/time -v` is not on every machine. Child processes are pinned to
 * one CPU with `taskset` when it exists, since the target is "on one core".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DockerfileParser } from 'dockerfile-ast';
import { DEFAULT_CONFIG } from '../../src/engine/config.js';
import { fixSource } from '../../src/engine/fix.js';
import { lint, type LintOptions } from '../../src/engine/linter.js';
import { allRules, getFixer } from '../../src/engine/registry.js';
import { SourceFile } from '../../src/engine/source.js';
import { COLD_START_DOCKERFILE, CORPUS_PARTS, type CorpusManifest, ensureCorpus, GENERATOR_VERSION } from './generate.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BENCH_DIR = join(ROOT, '.bench');
const CORPUS_DIR = join(BENCH_DIR, 'corpus');
/** The command users run: package.json's `bin` (a bundle), and the unbundled entry beside it. */
const CLI = join(ROOT, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin.shipshape ?? '');
const UNBUNDLED_CLI = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const PRELOAD = join(BENCH_DIR, 'maxrss.mjs');
const RSS_FILE = join(BENCH_DIR, 'maxrss.out');
const COLD_FILE = join(BENCH_DIR, 'cold', 'Dockerfile');

const TARGET_FILES_PER_SECOND = 500;
const TARGET_COLD_RATIO = 2;
/** "Flat" memory: four times the files may cost at most this much more peak RSS. */
const TARGET_MEMORY_GROWTH = 1.25;

interface Plan {
  /** In-process steps run over the whole corpus, or over one part of it. */
  readonly inProcessCorpus: 'full' | 'quarter';
  readonly inProcessRuns: number;
  readonly cliRuns: number;
  readonly coldRuns: number;
}

const FULL_PLAN: Plan = { inProcessCorpus: 'full', inProcessRuns: 5, cliRuns: 5, coldRuns: 15 };
const QUICK_PLAN: Plan = { inProcessCorpus: 'quarter', inProcessRuns: 3, cliRuns: 1, coldRuns: 5 };
/** Files each in-process step runs over, untimed, before the timed runs. */
const WARM_UP_FILES = 250;

interface CorpusText {
  readonly path: string;
  readonly text: string;
  readonly bytes: number;
}

interface StepResult {
  readonly step: string;
  readonly runs: readonly number[];
  readonly medianMs: number;
  readonly filesPerSecond: number;
  readonly megabytesPerSecond: number;
}

interface CliResult {
  readonly input: string;
  readonly args: readonly string[];
  readonly files: number;
  readonly medianMs: number;
  readonly filesPerSecond: number | null;
  readonly peakRssMB: number;
  readonly runs: readonly { readonly ms: number; readonly rssMB: number }[];
}

interface FindingStats {
  readonly findings: number;
  readonly filesWithFindings: number;
  readonly byRule: Readonly<Record<string, number>>;
  readonly filesChanged: number;
  readonly fixesApplied: number;
  readonly maxPasses: number;
  readonly fixProblems: number;
}

interface BenchResult {
  readonly machine: Readonly<Record<string, string | number | boolean>>;
  /** The CLI file that was run, relative to the repository. */
  readonly command: string;
  readonly corpus: Readonly<Record<string, unknown>>;
  readonly registry: { readonly rules: number; readonly fixers: number };
  readonly plan: Plan;
  /** Files the in-process steps ran over. */
  readonly inProcessFiles: number;
  readonly inProcess: readonly StepResult[];
  readonly findings: FindingStats;
  readonly cli: readonly CliResult[];
  readonly memory: { readonly fullOverQuarter: number; readonly target: number; readonly ok: boolean };
  readonly coldStart: ColdStart & { readonly target: number; readonly ok: boolean };
  readonly throughput: { readonly filesPerSecond: number | null; readonly target: number; readonly ok: boolean };
}

function main(): void {
  const args = process.argv.slice(2);
  for (const a of args) {
    if (a !== '--json' && a !== '--quick') {
      process.stderr.write(`bench: unknown argument ${a}\nusage: npm run bench [-- --quick] [-- --json]\n`);
      process.exitCode = 2;
      return;
    }
  }
  const json = args.includes('--json');
  const plan = args.includes('--quick') ? QUICK_PLAN : FULL_PLAN;
  const progress = (s: string): void => {
    process.stderr.write(`bench: ${s}\n`);
  };

  const loadAtStart = loadavg()[0] ?? 0;
  progress('checking the corpus');
  const { manifest, generated } = ensureCorpus(CORPUS_DIR);
  if (generated) progress(`generated ${manifest.stats.files} files in ${CORPUS_DIR}`);
  mkdirSync(join(BENCH_DIR, 'cold'), { recursive: true });
  writeFileSync(COLD_FILE, COLD_START_DOCKERFILE);
  writeFileSync(PRELOAD, PRELOAD_SOURCE);
  const corpus = loadCorpus();
  const quarter = join(CORPUS_DIR, 'part-0');
  const quarterCorpus = corpus.filter((f) => f.path.startsWith(`${quarter}/`));
  const quarterFiles = quarterCorpus.length;
  const pin = canPin();

  progress('counting findings and fixes');
  const stats = findingStats(corpus);
  const measured = plan.inProcessCorpus === 'full' ? corpus : quarterCorpus;
  progress(`in-process: ${plan.inProcessRuns} runs over ${measured.length} files`);
  const inProcess = inProcessBench(measured, plan.inProcessRuns);

  progress(`CLI: ${plan.cliRuns} runs per input${pin ? ', pinned to CPU 0' : ''}`);
  const cli = [
    cliBench('1 file', ['--format', 'json', COLD_FILE], 1, plan.cliRuns, pin),
    cliBench('1/4 corpus', ['--format', 'json', quarter], quarterFiles, plan.cliRuns, pin),
    cliBench('full corpus', ['--format', 'json', CORPUS_DIR], corpus.length, plan.cliRuns, pin),
    cliBench('full, --diff --unsafe-fixes', ['--diff', '--unsafe-fixes', CORPUS_DIR], corpus.length, plan.cliRuns, pin),
  ];
  const [, quarterRun, fullRun] = cli as [CliResult, CliResult, CliResult, CliResult];
  const memoryGrowth = fullRun.peakRssMB / quarterRun.peakRssMB;

  progress(`cold start: ${plan.coldRuns} runs each`);
  const cold = coldStart(plan.coldRuns, pin);
  rmSync(RSS_FILE, { force: true });

  const result: BenchResult = {
    machine: { ...machine(pin), loadAverageAtStart: round(loadAtStart), loadAverageAtEnd: round(loadavg()[0] ?? 0) },
    command: relative(ROOT, CLI),
    corpus: { dir: CORPUS_DIR, generatorVersion: GENERATOR_VERSION, seed: manifest.seed, parts: CORPUS_PARTS, ...manifest.stats },
    registry: { rules: allRules().length, fixers: allRules().filter((r) => getFixer(r.meta.name)).length },
    plan,
    inProcessFiles: measured.length,
    inProcess,
    findings: stats,
    cli,
    memory: { fullOverQuarter: memoryGrowth, target: TARGET_MEMORY_GROWTH, ok: memoryGrowth <= TARGET_MEMORY_GROWTH },
    coldStart: { ...cold, target: TARGET_COLD_RATIO, ok: cold.ratio <= TARGET_COLD_RATIO },
    throughput: { filesPerSecond: fullRun.filesPerSecond, target: TARGET_FILES_PER_SECOND, ok: (fullRun.filesPerSecond ?? 0) >= TARGET_FILES_PER_SECOND },
  };
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : table(result, manifest));
}

const PRELOAD_SOURCE = `// Written by test/bench/bench.ts: records this process's peak RSS (kB) when it exits.
import { writeFileSync } from 'node:fs';
const out = process.env.SHIPSHAPE_BENCH_RSS;
if (out) process.on('exit', () => writeFileSync(out, String(process.resourceUsage().maxRSS)));
`;

function loadCorpus(): CorpusText[] {
  const files: CorpusText[] = [];
  for (let p = 0; p < CORPUS_PARTS; p++) {
    const dir = join(CORPUS_DIR, `part-${p}`);
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      files.push({ path, text, bytes: Buffer.byteLength(text) });
    }
  }
  return files;
}

function lintOptions(): LintOptions {
  // As the CLI builds them for a file without a config; the corpus has no build context.
  return { config: DEFAULT_CONFIG, settings: { images: DEFAULT_CONFIG.images, readContextFile: () => null } };
}

/** Each step returns a number derived from its work, summed so the work cannot be skipped. */
type Step = readonly [name: string, run: (file: CorpusText) => number];

function inProcessBench(corpus: readonly CorpusText[], runs: number): StepResult[] {
  const options = lintOptions();
  const steps: readonly Step[] = [
    ['parse only (dockerfile-ast)', (f) => DockerfileParser.parse(f.text).getInstructions().length],
    ['source model', (f) => new SourceFile(f.path, f.text).instructions.length],
    ['model + RUN shell views', (f) => {
      const source = new SourceFile(f.path, f.text);
      let n = 0;
      for (const inst of source.allInstructions()) n += source.shellOf(inst)?.commands.length ?? 0;
      return n;
    }],
    ['lint', (f) => lint(new SourceFile(f.path, f.text), options).length],
    ['lint + fix (unsafe too)', (f) => fixSource(f.path, f.text, options, true).passes],
  ];
  const bytes = corpus.reduce((s, f) => s + f.bytes, 0);
  const times = steps.map(() => [] as number[]);
  let sink = 0;
  // An untimed pass over a few files warms the JIT; then the steps take turns, so drift hits them alike.
  for (const [, run] of steps) for (const f of corpus.slice(0, WARM_UP_FILES)) sink += run(f);
  for (let r = 0; r < runs; r++) {
    steps.forEach(([, run], i) => {
      const start = process.hrtime.bigint();
      for (const f of corpus) sink += run(f);
      times[i]?.push(Number(process.hrtime.bigint() - start) / 1e6);
    });
  }
  if (sink < 0) throw new Error('unreachable: keeps the work observable');
  return steps.map(([step], i) => {
    const ms = median(times[i] ?? []);
    return { step, runs: times[i] ?? [], medianMs: ms, filesPerSecond: corpus.length / (ms / 1000), megabytesPerSecond: bytes / 1024 / 1024 / (ms / 1000) };
  });
}

/** What the corpus makes the rules find and fix: shows the rules had work to do. Also warms lint and fix up. */
function findingStats(corpus: readonly CorpusText[]): FindingStats {
  const options = lintOptions();
  const byRule: Record<string, number> = {};
  let findings = 0;
  let filesWithFindings = 0;
  let filesChanged = 0;
  let fixesApplied = 0;
  let maxPasses = 0;
  let fixProblems = 0;
  for (const f of corpus) {
    const found = lint(new SourceFile(f.path, f.text), options);
    findings += found.length;
    if (found.length) filesWithFindings++;
    for (const finding of found) byRule[finding.rule] = (byRule[finding.rule] ?? 0) + 1;
    const fixed = fixSource(f.path, f.text, options, true);
    if (fixed.changed) filesChanged++;
    fixesApplied += fixed.applied.length;
    maxPasses = Math.max(maxPasses, fixed.passes);
    fixProblems += fixed.problems.length;
  }
  return { findings, filesWithFindings, byRule, filesChanged, fixesApplied, maxPasses, fixProblems };
}

function canPin(): boolean {
  return spawnSync('taskset', ['-c', '0', 'true']).status === 0;
}

/** Runs a command (pinned when asked) and returns its whole-process wall time. */
function timed(command: readonly string[], pin: boolean, env?: NodeJS.ProcessEnv): { ms: number; status: number | null; stdout: string; stderr: string } {
  const argv = pin ? ['taskset', '-c', '0', ...command] : [...command];
  const start = process.hrtime.bigint();
  const child = spawnSync(argv[0] as string, argv.slice(1), { cwd: ROOT, env: env ?? process.env, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw child.error;
  return { ms, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function cliBench(input: string, args: readonly string[], files: number, runs: number, pin: boolean): CliResult {
  const command = [process.execPath, '--import', pathToFileURL(PRELOAD).href, CLI, ...args];
  const env = { ...process.env, SHIPSHAPE_BENCH_RSS: RSS_FILE, NO_COLOR: '1' };
  const samples: { ms: number; rssMB: number }[] = [];
  for (let r = 0; r < runs; r++) {
    rmSync(RSS_FILE, { force: true });
    const run = timed(command, pin, env);
    // 0: clean, 1: findings (or changes with --diff); anything else is a failed run.
    if (run.status !== 0 && run.status !== 1) throw new Error(`shipshape ${args.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
    if (r === 0 && args.includes('json')) checkReport(run.stdout, files);
    samples.push({ ms: run.ms, rssMB: Number(readFileSync(RSS_FILE, 'utf8')) / 1024 });
  }
  const ms = median(samples.map((s) => s.ms));
  return { input, args: args.map((a) => a.replace(ROOT, '')), files, medianMs: ms, filesPerSecond: files > 1 ? files / (ms / 1000) : null, peakRssMB: median(samples.map((s) => s.rssMB)), runs: samples };
}

/** The CLI must have linted every file, or its speed means nothing. */
function checkReport(stdout: string, files: number): void {
  const report = JSON.parse(stdout) as { files: unknown[] };
  if (report.files.length !== files) throw new Error(`the CLI reported ${report.files.length} files, expected ${files}`);
}

interface ColdStart {
  readonly nodeMs: number;
  readonly versionMs: number;
  readonly lintMs: number;
  /** The same lint through the unbundled ESM entry, when the bin is a bundle. */
  readonly unbundledMs: number | null;
  readonly ratio: number;
}

function coldStart(runs: number, pin: boolean): ColdStart {
  const commands = {
    bare: [process.execPath, '-e', '0'],
    version: [process.execPath, CLI, '--version'],
    lint: [process.execPath, CLI, COLD_FILE],
    unbundled: CLI === UNBUNDLED_CLI ? null : [process.execPath, UNBUNDLED_CLI, COLD_FILE],
  };
  const samples = { bare: [] as number[], version: [] as number[], lint: [] as number[], unbundled: [] as number[] };
  // Two untimed rounds fill the file cache; then the commands take turns.
  for (let r = -2; r < runs; r++) {
    for (const key of ['bare', 'version', 'lint', 'unbundled'] as const) {
      const command = commands[key];
      if (!command) continue;
      const run = timed(command, pin);
      if (run.status !== 0 && run.status !== 1) throw new Error(`${command.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
      if (r >= 0) samples[key].push(run.ms);
    }
  }
  const nodeMs = median(samples.bare);
  const lintMs = median(samples.lint);
  return { nodeMs, versionMs: median(samples.version), lintMs, unbundledMs: samples.unbundled.length ? median(samples.unbundled) : null, ratio: lintMs / nodeMs };
}

function machine(pin: boolean): Record<string, string | number | boolean> {
  const cpu = cpus();
  return { node: process.version, cpu: cpu[0]?.model.trim() ?? 'unknown', cpus: cpu.length, os: `${platform()} ${release()}`, memoryGB: Math.round(totalmem() / 1024 ** 3), pinnedToOneCpu: pin };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// ---------------------------------------------------------------------------------------------
// The table.

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
}

function medianOf(runs: number): string {
  return runs === 1 ? 'one run' : `median of ${runs} runs`;
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSED';
}

function table(r: BenchResult, manifest: CorpusManifest): string {
  const s = manifest.stats;
  const pct = (n: number): string => `${Math.round((n / s.files) * 100)}%`;
  const m = r.machine;
  const out: string[] = [];
  out.push(`shipshape bench: node ${m.node}, ${m.cpu} x${m.cpus}, ${m.os}, ${m.memoryGB} GB`);
  // Other work on the machine slows every number down; say so rather than hide it.
  const busy = Math.max(Number(m.loadAverageAtStart), Number(m.loadAverageAtEnd)) > Number(m.cpus) / 2;
  out.push(`load average: ${m.loadAverageAtStart} at start, ${m.loadAverageAtEnd} at end${busy ? ' (busy machine: times are pessimistic)' : ''}`);
  out.push(`registry: ${r.registry.rules} rules, ${r.registry.fixers} with fixers`);
  out.push(
    `corpus: ${s.files} files, ${(s.bytes / 1024 / 1024).toFixed(1)} MB (${(s.minBytes / 1024).toFixed(1)}-${(s.maxBytes / 1024).toFixed(1)} KB), ` +
      `${pct(s.crlf)} CRLF, ${pct(s.lowerCase)} lower-case, ${pct(s.backtickEscape)} backtick escape, ${pct(s.heredocs)} heredocs, ${pct(s.flawed)} with planted flaws ` +
      `(generator v${GENERATOR_VERSION}, seed 0x${manifest.seed.toString(16)})`,
  );
  out.push('');
  out.push(`In one process, ${r.inProcessFiles} files' texts in memory (${medianOf(r.plan.inProcessRuns)})`);
  out.push(`  ${'step'.padEnd(30)}${'wall'.padStart(10)}${'files/s'.padStart(10)}${'MB/s'.padStart(8)}`);
  for (const step of r.inProcess) {
    out.push(`  ${step.step.padEnd(30)}${ms(step.medianMs).padStart(10)}${Math.round(step.filesPerSecond).toString().padStart(10)}${step.megabytesPerSecond.toFixed(1).padStart(8)}`);
  }
  const f = r.findings;
  const rules = Object.entries(f.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ');
  out.push(`  findings: ${f.findings} in ${f.filesWithFindings} files${rules ? ` (${rules})` : ''}`);
  out.push(`  fixes: ${f.fixesApplied} applied, ${f.filesChanged} files changed, longest fix loop ${f.maxPasses} ${f.maxPasses === 1 ? 'pass' : 'passes'}, ${f.fixProblems} problems reported`);
  out.push('');
  out.push(`CLI, whole process: node ${r.command} ... (${medianOf(r.plan.cliRuns)}${m.pinnedToOneCpu ? ', pinned to one CPU' : ''})`);
  out.push(`  ${'input'.padEnd(30)}${'files'.padStart(6)}${'wall'.padStart(10)}${'files/s'.padStart(10)}${'peak RSS'.padStart(11)}`);
  for (const c of r.cli) {
    out.push(`  ${c.input.padEnd(30)}${String(c.files).padStart(6)}${ms(c.medianMs).padStart(10)}${(c.filesPerSecond === null ? '-' : Math.round(c.filesPerSecond).toString()).padStart(10)}${`${c.peakRssMB.toFixed(0)} MB`.padStart(11)}`);
  }
  out.push('');
  out.push(`Cold start (${medianOf(r.plan.coldRuns)})`);
  out.push(`  node -e 0                      ${ms(r.coldStart.nodeMs).padStart(10)}`);
  out.push(`  shipshape --version            ${ms(r.coldStart.versionMs).padStart(10)}`);
  out.push(`  shipshape <small Dockerfile>   ${ms(r.coldStart.lintMs).padStart(10)}`);
  if (r.coldStart.unbundledMs !== null) out.push(`  same, unbundled ESM entry      ${ms(r.coldStart.unbundledMs).padStart(10)}   (${relative(ROOT, UNBUNDLED_CLI)})`);
  out.push('');
  out.push('Targets');
  out.push(`  end to end, one core     ${Math.round(r.throughput.filesPerSecond ?? 0)} files/s   target >= ${r.throughput.target}   ${verdict(r.throughput.ok)}`);
  out.push(`  memory, 4x the files     ${r.memory.fullOverQuarter.toFixed(2)}x peak RSS   target <= ${r.memory.target}x (flat)   ${verdict(r.memory.ok)}`);
  out.push(`  cold start vs bare node  ${r.coldStart.ratio.toFixed(2)}x   target <= ${r.coldStart.target}x   ${verdict(r.coldStart.ok)}`);
  return `${out.join('\n')}\n`;
}

main();
