/**
 * The bundled examples: the report and the fixed text (safe only, and with unsafe fixes)
 * of each example are snapshots, so every change to what users see on examples/ is reviewed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/engine/config.js';
import { fixSource } from '../src/engine/fix.js';
import { lint, type LintOptions } from '../src/engine/linter.js';
import { SourceFile } from '../src/engine/source.js';
import { ROOT } from './lib/corpus.js';

const EXAMPLES = join(ROOT, 'examples');

describe('examples', () => {
  for (const name of readdirSync(EXAMPLES).sort()) {
    it(name, async () => {
      const dir = join(EXAMPLES, name);
      const text = readFileSync(join(dir, 'Dockerfile'), 'utf8');
      const options: LintOptions = {
        config: DEFAULT_CONFIG,
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
      const source = new SourceFile('Dockerfile', text);
      const report = lint(source, options).map((f) => `${source.lines.lineOf(f.start) + 1}:${source.lines.position(f.start).character + 1} ${f.severity} ${f.rule}: ${f.message}${f.fix ? ` [${f.fix.applicability}]` : ''}`);
      const safe = fixSource('Dockerfile', text, options, false);
      const all = fixSource('Dockerfile', text, options, true);
      const snap = ['## Findings', ...(report.length ? report : ['(none)']), '', '## After --fix', safe.output, '## After --fix --unsafe-fixes', all.output, '## Left after --fix --unsafe-fixes', ...all.findings.map((f) => `${all.source.lines.lineOf(f.start) + 1} ${f.rule}: ${f.message}`)].join('\n');
      await expect(snap).toMatchFileSnapshot(join(ROOT, 'test/snapshots/examples', `${name}.snap`));
    });
  }
});
