/**
 * The bundled examples: the report and the fixed text (safe only, and with unsafe fixes)
 * of each example are snapshots, so every change to what users see on examples/ is reviewed.
 * An example is a folder; each file of a known kind at its top (a Dockerfile, a compose.yaml)
 * is checked, with the folder as the build context (a Compose file reads the Dockerfiles its
 * services build from there). Preview rules run too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/engine/config.js';
import { fixSource } from '../src/engine/fix.js';
import { kindFromName, parseDocument } from '../src/engine/kinds.js';
import { lint, type LintOptions } from '../src/engine/linter.js';
import { ROOT } from './lib/corpus.js';

const EXAMPLES = join(ROOT, 'examples');
/** Kinds whose examples read their build context: Dockerfiles, and Compose files (the Dockerfiles they build). */
const WITH_CONTEXT: ReadonlySet<string> = new Set(['dockerfile', 'compose']);

describe('examples', () => {
  for (const name of readdirSync(EXAMPLES).sort()) {
    const dir = join(EXAMPLES, name);
    const files = readdirSync(dir).filter((f) => WITH_CONTEXT.has(kindFromName(f) ?? 'other')).sort();
    for (const file of files) {
      // The Dockerfile's snapshot is named after the example; other files as in the block below.
      const snapName = file === 'Dockerfile' ? name : `${name}.${file}`;
      it(file === 'Dockerfile' ? name : `${name}/${file}`, async () => {
        const text = readFileSync(join(dir, file), 'utf8');
        const options: LintOptions = {
          config: DEFAULT_CONFIG,
          preview: true,
          settings: {
            images: [],
            readContextFile: (p) => {
              try {
                return readFileSync(join(dir, p), 'utf8');
              } catch {
                return null;
              }
            },
          },
        };
        const source = parseDocument(file, text);
        const report = lint(source, options).map((f) => `${source.lines.lineOf(f.start) + 1}:${source.lines.position(f.start).character + 1} ${f.severity} ${f.rule}: ${f.message}${f.fix ? ` [${f.fix.applicability}]` : ''}`);
        const safe = fixSource(file, text, options, false);
        const all = fixSource(file, text, options, true);
        const snap = ['## Findings', ...(report.length ? report : ['(none)']), '', '## After --fix', safe.output, '## After --fix --unsafe-fixes', all.output, '## Left after --fix --unsafe-fixes', ...all.findings.map((f) => `${all.source.lines.lineOf(f.start) + 1} ${f.rule}: ${f.message}`)].join('\n');
        await expect(snap).toMatchFileSnapshot(join(ROOT, 'test/snapshots/examples', `${snapName}.snap`));
      });
    }
  }
});

/** Example files of the other kinds (daemon.json, ...): one snapshot per file, `<example>.<file>.snap`. */
describe('examples of other kinds', () => {
  const options: LintOptions = { config: DEFAULT_CONFIG, settings: { images: [], readContextFile: () => null } };
  for (const name of readdirSync(EXAMPLES).sort()) {
    const files = readdirSync(join(EXAMPLES, name)).filter((f) => !WITH_CONTEXT.has(kindFromName(f) ?? 'dockerfile'));
    // GitHub Actions workflows are scripts by their folder.
    const workflows = join(EXAMPLES, name, '.github/workflows');
    if (existsSync(workflows)) files.push(...readdirSync(workflows).map((f) => `.github/workflows/${f}`).filter((f) => kindFromName(f) !== null));
    for (const file of files.sort()) {
      it(`${name}/${file}`, async () => {
        const text = readFileSync(join(EXAMPLES, name, file), 'utf8');
        const source = parseDocument(file, text);
        const report = lint(source, options).map((f) => `${source.lines.lineOf(f.start) + 1}:${source.lines.position(f.start).character + 1} ${f.severity} ${f.rule}: ${f.message}${f.fix ? ` [${f.fix.applicability}]` : ''}`);
        const safe = fixSource(file, text, options, false);
        const all = fixSource(file, text, options, true);
        const snap = ['## Findings', ...(report.length ? report : ['(none)']), '', '## After --fix', safe.output, '## After --fix --unsafe-fixes', all.output, '## Left after --fix --unsafe-fixes', ...all.findings.map((f) => `${all.source.lines.lineOf(f.start) + 1} ${f.rule}: ${f.message}`)].join('\n');
        await expect(snap).toMatchFileSnapshot(join(ROOT, 'test/snapshots/examples', `${name}.${file.replace(/^\./, '').replace(/\//g, '-')}.snap`));
      });
    }
  }
});
