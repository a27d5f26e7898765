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
if (!training) {
  // A lint run is short, and on one core V8's optimizing compiler competes with the lint for
  // it: most of the first few hundred files' time goes to compiling. A smaller inlining budget
  // makes each optimization cheaper; the bench (test/bench/README.md) measured 15-20% less
  // whole-process time on its corpus. Set after the code cache is read: V8 checks the flags
  // a cache was written with, and the training run that writes it keeps the defaults.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
}
const main = script.runInThisContext() as (exports: object, req: NodeRequire, mod: object, filename: string, dirname: string) => void;
const mod = { exports: {} };
main.call(mod.exports, mod.exports, require, mod, bundle, join(bundle, '..'));
if (training) {
  // Written after the run, so the functions a lint compiles lazily are in the cache too.
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
