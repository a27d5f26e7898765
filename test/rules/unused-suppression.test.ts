import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/engine/config.js';
import { lint } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';
import { testRule } from '../lib/rule-tester.js';

testRule('unused-suppression', {
  valid: [
    'FROM alpine:3.20\n# plain comment\nRUN echo hi\n',
    { name: 'a suppression of a rule that did not run (only this rule is selected)', code: 'FROM alpine:3.20\n# shipshape ignore=maintainer-deprecated\nLABEL a=b\n' },
  ],
  invalid: [],
});

describe('unused-suppression with the other rules running', () => {
  const options = (enabled: boolean) => ({
    config: { ...DEFAULT_CONFIG, rules: new Map([['unused-suppression', { enabled }]]) },
    settings: { images: [], readContextFile: () => null },
  });
  const run = (text: string, enabled = true) => {
    const source = new SourceFile('Dockerfile', text);
    return lint(source, options(enabled)).filter((f) => f.rule === 'unused-suppression').map((f) => `${source.lines.lineOf(f.start) + 1}: ${f.message}`);
  };

  it('reports a suppression that silences nothing', () => {
    expect(run('FROM alpine:3.20\n# hadolint ignore=DL4000\nLABEL maintainer="a@example.com"\nUSER 1:1\n')).toEqual(['2: Ignore comment for `maintainer-deprecated` silences nothing here: remove it (or the rule id)']);
  });

  it('is quiet when the suppression is used', () => {
    expect(run('FROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER a@example.com\nUSER 1:1\n')).toEqual([]);
  });

  it('names only the unused ids of a comment', () => {
    expect(run('FROM alpine:3.20\n# shipshape ignore=maintainer-deprecated,add-instead-of-copy\nMAINTAINER a@example.com\nUSER 1:1\n')).toEqual(['2: Ignore comment for `add-instead-of-copy` silences nothing here: remove it (or the rule id)']);
  });

  it('is off by default', () => {
    expect(run('FROM alpine:3.20\n# hadolint ignore=DL4000\nLABEL a=b\nUSER 1:1\n', false)).toEqual([]);
  });
});
