#!/usr/bin/env node
/**
 * The `shipshape` executable. It runs the bundled CLI (dist/shipshape.cjs) through V8's code
 * cache (dist/shipshape.cjs.cache, written at build time by scripts/bundle.mjs), so a run
 * skips compiling the bundle: pre-commit hooks and editor on-save tasks pay start-up on
 * every file save. A missing or stale cache (another Node version) only costs the compile.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wrap } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const bundle = join(__dirname, '..', '..', 'shipshape.cjs');
const cacheFile = `${bundle}.cache`;
let cachedData: Buffer | undefined;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
const training = process.env.SHIPSHAPE_WRITE_CODE_CACHE === '1';
// V8 prints an error line for a flag it does not know, so the flags are only set on the V8
// versions known to have them (Node 20 to 24); elsewhere the run simply keeps V8's defaults.
const v8Major = Number(process.versions.v8.split('.')[0]);
if (!training && v8Major >= 11 && v8Major <= 13) {
  // Two V8 settings for a short batch run, both measured with the bench (test/bench/README.md):
  // - On one core V8's optimizing compiler competes with the lint for it, and most of the
  //   first few hundred files' time went to compiling. A smaller inlining budget makes each
  //   optimization cheaper: 15-20% less whole-process time over the bench corpus.
  // - V8 grows the old generation eagerly while a run is young, so garbage from files already
  //   linted piled up before the first full collection: peak RSS grew 1.29x from 500 to 2,000
  //   files, though nothing is retained. Growing by at most 1.5x per collection keeps it at
  //   1.11x, at no measurable cost in time.
  // Set after the code cache is read: V8 rejects a cache written under other flags, and the
  // training run that writes it keeps the defaults. Both are read by V8 at each use, so
  // setting them at run time takes effect (unlike heap sizes, which are fixed at start).
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
  setFlagsFromString('--heap-growing-percent=50');
}
const main = script.runInThisContext() as (exports: object, req: NodeRequire, mod: object, filename: string, dirname: string) => void;
const mod = { exports: {} };
main.call(mod.exports, mod.exports, require, mod, bundle, join(bundle, '..'));
if (training) {
  // Written after the run, so the functions a lint compiles lazily are in the cache too.
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
