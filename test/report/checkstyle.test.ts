/**
 * The Checkstyle report: golden files, well-formed XML, and attributes that parse back to
 * the finding's data however awkward the path and message.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xmlEscape } from '../../src/report/xml.js';
import { AWKWARD, AWKWARD_NAME, GOLDEN_RULES, shipshape } from './run-cli.js';

interface Checkstyle {
  checkstyle: { version: string; file: { name: string; error?: { line: string; column: string; severity: string; message: string; source: string }[] }[] };
}

async function checkstyle(args: readonly string[], stdin?: string): Promise<{ text: string; doc: Checkstyle }> {
  const r = await shipshape(['--format', 'checkstyle', ...args, ...GOLDEN_RULES], stdin);
  expect(r.stderr).toBe('');
  expect(XMLValidator.validate(r.stdout)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, parseAttributeValue: false, isArray: (name) => name === 'file' || name === 'error' });
  return { text: r.stdout, doc: parser.parse(r.stdout) as Checkstyle };
}

describe('checkstyle', () => {
  it('matches the golden files', async () => {
    await expect((await checkstyle(['examples'])).text).toMatchFileSnapshot('golden/checkstyle/examples.xml');
    await expect((await checkstyle(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD)).text).toMatchFileSnapshot('golden/checkstyle/awkward.xml');
  });

  it('lists every file, clean ones too, with one error per finding', async () => {
    const { doc } = await checkstyle(['examples']);
    const files = doc.checkstyle.file;
    expect(files.map((f) => f.name)).toContain('examples/already-hardened/Dockerfile');
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) for (const e of f.error ?? []) expect(['error', 'warning', 'info']).toContain(e.severity);
  });

  it('round-trips awkward paths and messages', async () => {
    const { doc } = await checkstyle(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD);
    const [file] = doc.checkstyle.file;
    expect(file!.name).toBe(AWKWARD_NAME);
    expect(file!.error!.map((e) => [e.source, e.severity, e.line, e.column])).toEqual([
      ['shipshape.image-tag-latest', 'warning', '1', '6'],
      ['shipshape.runs-as-root', 'warning', '1', '6'],
      ['shipshape.apk-add-no-cache', 'info', '2', '18'],
      ['shipshape.apk-add-no-cache', 'info', '3', '18'],
      ['shipshape.workdir-relative', 'warning', '4', '9'],
      ['shipshape.syntax-error', 'error', '5', '1'],
    ]);
    expect(file!.error![4]!.message).toBe("Relative `WORKDIR 50%,a:b&<c>'d'` depends on the directory before it: use an absolute path");
  });

  it('escapes markup, keeps line breaks and replaces what XML cannot carry', () => {
    expect(xmlEscape(`a&b<c>"d"'e'\tf\r\ng`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;&#9;f&#13;&#10;g');
    expect(xmlEscape('bell\u0007 nul\u0000 lone\uD800 pair😀')).toBe('bell\uFFFD nul\uFFFD lone\uFFFD pair😀');
  });
});
