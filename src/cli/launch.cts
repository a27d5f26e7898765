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
const main = script.runInThisContext() as (exports: object, req: NodeRequire, mod: object, filename: string, dirname: string) => void;
const mod = { exports: {} };
main.call(mod.exports, mod.exports, require, mod, bundle, join(bundle, '..'));
if (process.env.SHIPSHAPE_WRITE_CODE_CACHE === '1') {
  // Written after the run, so the functions a lint compiles lazily are in the cache too.
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
