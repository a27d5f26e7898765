// Compares candidate shell parsers for shipshape's RUN analysis.
//
//   npm run build && node test/bench/shell-parsers/compare.mjs [--verbose] [--only=own,mvdan]
//
// Measures, per parser: exact matches on corpus.json (command words after quote
// removal + connectors), parse throughput over the corpus, cold start of a
// fresh `node` process that loads the parser and parses one script (against
// bare `node -e 0`), and whether word ranges are exact UTF-16 indices.
// `--verbose` also prints every mismatch.
// Candidates whose package is not installed are reported as unavailable
// (install them with `npm install --no-save web-tree-sitter tree-sitter-bash
// mvdan-sh sh-syntax bash-parser`).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { adapters } from './adapters.mjs';

const args = process.argv.slice(2);
const SELF = fileURLToPath(import.meta.url);
const SAMPLE = 'set -eux; apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*';

// Child mode: load one parser and parse one script, printing how long that took
// (import + init + first parse) inside this fresh process.
if (args[0] === '--cold') {
  const adapter = adapters[args[1]];
  const t0 = performance.now();
  await adapter.init();
  await adapter.parse(SAMPLE);
  console.log(performance.now() - t0);
  process.exit(0);
}

const verbose = args.includes('--verbose');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const corpus = JSON.parse(readFileSync(new URL('corpus.json', import.meta.url), 'utf8'));

/** Probes for word ranges: script, then expected [start, end) of every word in UTF-16 code units. */
const RANGE_PROBES = [
  { script: `echo 'é' "ü" 日本 $x`, ranges: [[0, 4], [5, 8], [9, 12], [13, 15], [16, 18]] },
  { script: 'echo $(ls -la) 🐳', ranges: [[0, 4], [5, 14], [7, 9], [10, 13], [15, 17]] },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function normalize(result) {
  return result.commands.map((c) => [c.connector, ...c.words.map((w) => w.text)]);
}

async function accuracy(adapter) {
  let exact = 0;
  let falseErrors = 0;
  const failures = [];
  for (const entry of corpus) {
    const result = await adapter.parse(entry.script);
    if (result.error) falseErrors++;
    const got = normalize(result);
    if (JSON.stringify(got) === JSON.stringify(entry.commands)) exact++;
    else failures.push({ id: entry.id, expected: entry.commands, got, error: result.error });
  }
  return { exact, falseErrors, failures };
}

/** Parses per second over the corpus, repeated for ~1.5 s, with `run` = parse or parseOnly. */
async function throughput(run) {
  const budgetMs = 1500;
  let parses = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs) {
    for (const entry of corpus) await run(entry.script);
    parses += corpus.length;
  }
  return (parses / (performance.now() - t0)) * 1000;
}

/** 'UTF-16' if ranges are exact code-unit indices, 'UTF-8 bytes' if byte offsets, else 'missing/partial'. */
async function rangeKind(adapter) {
  const kinds = new Set();
  for (const probe of RANGE_PROBES) {
    const result = await adapter.parse(probe.script);
    const got = result.commands
      .slice()
      .sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
      .flatMap((c) => c.words.map((w) => [w.start, w.end]));
    const bytes = (i) => Buffer.byteLength(probe.script.slice(0, i));
    const asBytes = probe.ranges.map(([s, e]) => [bytes(s), bytes(e)]);
    const sorted = (list) => JSON.stringify([...list].sort((a, b) => a[0] - b[0]));
    if (sorted(got) === sorted(probe.ranges)) kinds.add('UTF-16');
    else if (sorted(got) === sorted(asBytes)) kinds.add('UTF-8 bytes');
    else kinds.add('missing/partial');
  }
  return kinds.size === 1 ? [...kinds][0] : 'missing/partial';
}

function spawn(argv) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${argv.join(' ')} failed: ${r.stderr}`);
  return { wall: performance.now() - t0, stdout: r.stdout };
}

/**
 * Cold start, from fresh `node` processes (medians of 11, interleaved so that
 * load on the machine affects all alike): the wall time of bare `node -e 0`;
 * per parser, the wall time of a process that loads it and parses one script
 * (this harness's own few milliseconds included), and the part of it spent
 * importing, initialising and parsing as measured inside that process. The
 * two differ when a library keeps the process busy after its work is done
 * (e.g. background compilation of a large wasm module delays exit).
 */
function coldStarts(ids) {
  const runs = 11;
  const bare = [];
  const wall = Object.fromEntries(ids.map((id) => [id, []]));
  const inside = Object.fromEntries(ids.map((id) => [id, []]));
  for (let i = 0; i < runs; i++) {
    bare.push(spawn(['-e', '0']).wall);
    for (const id of ids) {
      const run = spawn([SELF, '--cold', id]);
      wall[id].push(run.wall);
      inside[id].push(Number(run.stdout));
    }
  }
  const result = { bare: median(bare) };
  for (const id of ids) result[id] = { wall: median(wall[id]), inside: median(inside[id]) };
  return result;
}

const rows = [];
for (const [id, adapter] of Object.entries(adapters)) {
  if (only && !only.includes(id)) continue;
  try {
    await adapter.init();
  } catch (e) {
    rows.push({ name: adapter.name, unavailable: String(e.message).split('\n')[0] });
    continue;
  }
  const acc = await accuracy(adapter);
  const perSec = await throughput((s) => adapter.parse(s));
  const rawPerSec = await throughput((s) => adapter.parseOnly(s));
  const ranges = await rangeKind(adapter);
  rows.push({ id, name: adapter.name, ...acc, perSec, rawPerSec, ranges });
  if (verbose) {
    for (const f of acc.failures) {
      console.log(`--- ${adapter.name} / ${f.id}${f.error ? ` (error: ${f.error})` : ''}`);
      console.log('  expected', JSON.stringify(f.expected));
      console.log('  got     ', JSON.stringify(f.got));
    }
  }
}

const cold = coldStarts(rows.filter((r) => !r.unavailable).map((r) => r.id));
const baseline = cold.bare;

console.log(`corpus: ${corpus.length} scripts; bare \`node -e 0\`: ${baseline.toFixed(0)} ms\n`);
console.log(
  '| parser | exact matches | false errors | parses/s (parse + extract) | parses/s (library parse only) | cold run wall (ms) | vs bare node | load + init + first parse in-process (ms) | word ranges |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  if (r.unavailable) {
    console.log(`| ${r.name} | unavailable: ${r.unavailable} | | | | | | | |`);
    continue;
  }
  const pct = ((r.exact / corpus.length) * 100).toFixed(1);
  console.log(
    `| ${r.name} | ${r.exact}/${corpus.length} (${pct}%) | ${r.falseErrors} | ${Math.round(r.perSec).toLocaleString('en-US')} | ${Math.round(r.rawPerSec).toLocaleString('en-US')} | ${cold[r.id].wall.toFixed(0)} | ${(cold[r.id].wall / baseline).toFixed(2)}x | ${cold[r.id].inside.toFixed(1)} | ${r.ranges} |`,
  );
}
