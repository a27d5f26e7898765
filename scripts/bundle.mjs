// Bundles the CLI into one file (dist/shipshape.mjs). Loading one pre-linked module instead
// of ~150 separate ESM files (ours, yargs, yaml, dockerfile-ast) roughly halves cold start,
// which is what a pre-commit hook or an editor on-save task pays on every run.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/shipshape.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // CommonJS dependencies (dockerfile-ast) call require() for Node built-ins.
  banner: { js: "import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);" },
  define: { __SHIPSHAPE_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});
