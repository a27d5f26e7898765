// Bundles the CLI into one CommonJS file (dist/shipshape.cjs) and writes V8's code cache for
// it (dist/shipshape.cjs.cache). One pre-linked script instead of ~150 ESM files, compiled
// ahead of time, brings a single-file run from ~3.5x to 1.6-2x bare `node -e 0` (see
// test/bench): what a pre-commit hook or an editor on-save task pays on every run.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

/**
 * yargs lays out help text with cliui and wrap-ansi, which measure text with string-width
 * (three copies in the tree). Each copy builds an Intl.Segmenter and Unicode-property regular
 * expressions (\p{RGI_Emoji} with the v flag) when its module loads: about 15 ms of a 70 ms
 * start-up, paid on every run, though only --help and usage errors measure any text. Each
 * `import stringWidth from 'string-width'` is bundled as a stub that loads its own copy on
 * the first call.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(bundle) {
    bundle.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await bundle.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: { real: true } });
      if (real.errors.length) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    bundle.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: `let width;\nexport default function stringWidth(text, options) {\n  width ??= require(${JSON.stringify(args.path)}).default;\n  return width(text, options);\n}\n`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const result = await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/shipshape.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: true,
  // The notices file is written below from the bundled packages' own licence files.
  legalComments: 'none',
  metafile: true,
  alias: {
    // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow: bundle its ES modules.
    'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
    // dockerfile-ast require()s this package tens of times per instruction (`Range.create`). Its
    // ES module build, which esbuild would pick, reaches CommonJS callers through a getter per
    // access; the CommonJS build it ships is a plain exports object.
    'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/umd/main.js',
  },
  // The launcher (src/cli/launch.cts) runs the bundle; yargs asks for import.meta.url.
  define: { __SHIPSHAPE_VERSION__: JSON.stringify(version), 'import.meta.url': '__shipshapeUrl' },
  banner: { js: "var __shipshapeUrl=require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyStringWidth],
  logLevel: 'warning',
});

/**
 * Third-party notices for the bundle (dist/shipshape.cjs.LEGAL.txt, shipped in the package):
 * every package esbuild put into the bundle, with its name, version, licence and the full
 * text of its licence file. The MIT, ISC and BSD licences of the bundled packages ask that
 * their notices travel with copies; esbuild's own extraction only finds `@license` comments,
 * which most packages do not have. The list of packages is written beside it
 * (dist/shipshape.cjs.packages.json, not shipped) for the test that checks the notices.
 */
function packageRoots(inputs) {
  const roots = new Set();
  for (const file of Object.keys(inputs)) {
    // Plugin namespaces (`lazy-string-width:...`) stand for stubs; their real files are inputs too.
    if (/^[\w-]+:/.test(file)) continue;
    const at = file.lastIndexOf('node_modules/');
    if (at === -1) continue;
    const rest = file.slice(at + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    roots.add(file.slice(0, at + 'node_modules/'.length) + name);
  }
  return [...roots].sort();
}

/** The package's licence file (LICENSE, License.txt, LICENSE-MIT, ...) and any third-party notices it ships. */
function licenceText(root) {
  const files = readdirSync(root).sort();
  const licence = files.find((f) => /^licen[cs]e([-.][\w.-]*)?$/i.test(f));
  const notices = files.find((f) => /^third-?party-?notices(\.\w+)?$/i.test(f));
  const parts = [licence, notices].filter(Boolean).map((f) => readFileSync(join(root, f), 'utf8').trim());
  return parts.length ? parts.join('\n\n') : null;
}

const packages = packageRoots(result.metafile.inputs).map((root) => {
  const meta = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { name: meta.name, version: meta.version, license: meta.license ?? 'see the package', root, text: licenceText(root) };
});
const notices = [
  `shipshape ${version} bundles the following packages. Their licences and notices follow.`,
  '',
  ...packages.flatMap((p) => [
    '-'.repeat(78),
    `${p.name}@${p.version} (${p.license})`,
    '',
    p.text ?? `The package ships no licence file; its package.json declares ${p.license}.`,
    '',
  ]),
].join('\n');
writeFileSync('dist/shipshape.cjs.LEGAL.txt', notices);
writeFileSync('dist/shipshape.cjs.packages.json', `${JSON.stringify(packages.map(({ name, version: v, root }) => ({ name, version: v, root })), null, 2)}\n`);

// The executable (package.json `bin`), compiled by tsc without the execute bit.
chmodSync('dist/src/cli/launch.cjs', 0o755);

// A training run on a small Dockerfile, so the cache holds the lint and fix paths too.
const dir = mkdtempSync(join(tmpdir(), 'shipshape-cache-'));
writeFileSync(join(dir, 'Dockerfile'), 'FROM python:3.12-slim\nMAINTAINER a@example.com\nRUN apt-get update && apt-get install -y curl | tee /log\nADD . /app\nCMD python app.py\n');
try {
  execFileSync(process.execPath, ['dist/src/cli/launch.cjs', '--diff', '--unsafe-fixes', join(dir, 'Dockerfile')], {
    env: { ...process.env, SHIPSHAPE_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
} catch (error) {
  // Exit code 1 (findings) is expected; anything else means the bundle is broken.
  if (error.status !== 1) throw error;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
