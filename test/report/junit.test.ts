/**
 * The JUnit report: golden files, well-formed XML, one test suite per file and one failing
 * test case per finding (a passing one for a clean file).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { AWKWARD, AWKWARD_NAME, GOLDEN_RULES, shipshape } from './run-cli.js';

interface TestCase {
  name: string;
  classname: string;
  failure?: { type: string; message: string; '#text': string };
}
interface JUnit {
  testsuites: { name: string; testsuite: { name: string; tests: string; failures: string; errors: string; testcase: TestCase[] }[] };
}

async function junit(args: readonly string[], stdin?: string): Promise<{ text: string; doc: JUnit }> {
  const r = await shipshape(['--format', 'junit', ...args, ...GOLDEN_RULES], stdin);
  expect(r.stderr).toBe('');
  expect(XMLValidator.validate(r.stdout)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => name === 'testsuite' || name === 'testcase' });
  return { text: r.stdout, doc: parser.parse(r.stdout) as JUnit };
}

describe('junit', () => {
  it('matches the golden files', async () => {
    await expect((await junit(['examples'])).text).toMatchFileSnapshot('golden/junit/examples.xml');
    await expect((await junit(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD)).text).toMatchFileSnapshot('golden/junit/awkward.xml');
  });

  it('has consistent counts: one failing case per finding, one passing case per clean file', async () => {
    const { doc } = await junit(['examples']);
    const suites = doc.testsuites.testsuite;
    expect(suites.length).toBeGreaterThanOrEqual(9);
    for (const s of suites) {
      expect(Number(s.tests)).toBe(s.testcase.length);
      expect(Number(s.failures)).toBe(s.testcase.filter((c) => c.failure).length);
      for (const c of s.testcase) expect(c.classname).toBe(s.name);
    }
    const clean = suites.find((s) => s.name === 'examples/already-hardened/Dockerfile')!;
    expect(clean.testcase).toEqual([{ name: 'no problems', classname: clean.name }]);
  });

  it('round-trips awkward paths and messages, with the help line in the body', async () => {
    const { doc } = await junit(['--stdin-filename', AWKWARD_NAME, '-'], AWKWARD);
    const [suite] = doc.testsuites.testsuite;
    expect(suite!.name).toBe(AWKWARD_NAME);
    const cases = suite!.testcase;
    expect(cases.map((c) => [c.name, c.failure?.type])).toEqual([
      ['image-tag-latest at 1:6', 'warning'],
      ['runs-as-root at 1:6', 'warning'],
      ['apk-add-no-cache at 2:18', 'info'],
      ['apk-add-no-cache at 3:18', 'info'],
      ['workdir-relative at 4:9', 'warning'],
      ['syntax-error at 5:1', 'error'],
    ]);
    expect(cases[4]!.failure!.message).toBe("Relative `WORKDIR 50%,a:b&<c>'d'` depends on the directory before it: use an absolute path");
    expect(cases[2]!.failure!['#text']).toBe(`${AWKWARD_NAME}:2:18: info[apk-add-no-cache]: \`apk add\` without \`--no-cache\` keeps the package index in the image; add \`--no-cache\`\nhelp: Add \`--no-cache\` (safe fix)`);
  });
});
