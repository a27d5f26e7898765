import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../src/engine/config.js';
import { lint, type LintOptions } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';

const options: LintOptions = { config: DEFAULT_CONFIG, settings: { images: [], readContextFile: () => null } };

function rulesAt(text: string): string[] {
  const source = new SourceFile('Dockerfile', text);
  return lint(source, options).filter((f) => f.rule === 'maintainer-deprecated' || f.rule === 'invalid-suppression').map((f) => `${source.lines.lineOf(f.start) + 1}:${f.rule}`);
}

const BODY = 'MAINTAINER a@example.com\n';

describe('suppression comments', () => {
  it('reports without a comment', () => {
    expect(rulesAt(`FROM alpine:3.20\n${BODY}`)).toEqual(['2:maintainer-deprecated']);
  });

  it.each([
    ['shipshape, by name, with a reason', '# shipshape ignore=maintainer-deprecated -- kept for an old tool\n'],
    ['shipshape, by alias', '# shipshape ignore=DL4000\n'],
    ['hadolint, by code', '# hadolint ignore=DL4000\n'],
    ['hadolint, among others', '# hadolint ignore=DL3008,DL4000\n'],
    ['with a comment between', '# hadolint ignore=DL4000\n# another note\n'],
  ])('silences the next instruction: %s', (_name, comment) => {
    expect(rulesAt(`FROM alpine:3.20\n${comment}${BODY}`)).toEqual([]);
  });

  it('only the next instruction', () => {
    expect(rulesAt(`FROM alpine:3.20\n# shipshape ignore=maintainer-deprecated\n${BODY}${BODY}`)).toEqual(['4:maintainer-deprecated']);
  });

  it.each([
    ['shipshape', '# shipshape global ignore=maintainer-deprecated\n'],
    ['hadolint', '# hadolint global ignore=DL4000\n'],
  ])('silences the whole file with the global form: %s', (_name, comment) => {
    expect(rulesAt(`${comment}FROM alpine:3.20\n${BODY}${BODY}`)).toEqual([]);
  });

  it('reports unknown rule ids, and still applies the known ones', () => {
    expect(rulesAt(`FROM alpine:3.20\n# shipshape ignore=maintainer-deprecated,no-such-rule\n${BODY}`)).toEqual(['2:invalid-suppression']);
  });

  it('works in CRLF files and with lower-case keywords', () => {
    expect(rulesAt('from alpine:3.20\r\n# hadolint ignore=DL4000\r\nmaintainer a@example.com\r\n')).toEqual([]);
  });
});
