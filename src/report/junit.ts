/**
 * JUnit XML, for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins, Azure
 * Pipelines): one `<testsuite>` per linted file and one failing `<testcase>` per finding,
 * whatever its severity (the severity is the failure's `type`). A file without findings
 * gets one passing test case, so clean files show up as passed.
 */
import { helpLine } from './ci.js';
import { findingPosition, type Reporter } from './types.js';
import { xmlEscape } from './xml.js';

export const junitReporter: Reporter = {
  start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="shipshape">\n',
  file(result) {
    const path = xmlEscape(result.path);
    const source = result.source;
    const findings = source ? result.findings.map((f) => ({ f, pos: findingPosition(source, f) })) : [];
    const out = [`  <testsuite name="${path}" tests="${Math.max(findings.length, 1)}" failures="${findings.length}" errors="0">\n`];
    for (const { f, pos } of findings) {
      const help = f.fix ? `\n${helpLine(f.fix)}` : '';
      const body = `${result.path}:${pos.line}:${pos.column}: ${f.severity}[${f.rule}]: ${f.message}${help}`;
      out.push(`    <testcase name="${xmlEscape(`${f.rule} at ${pos.line}:${pos.column}`)}" classname="${path}">\n`);
      out.push(`      <failure type="${f.severity}" message="${xmlEscape(f.message)}">${xmlEscape(body)}</failure>\n`);
      out.push('    </testcase>\n');
    }
    if (!findings.length) out.push(`    <testcase name="no problems" classname="${path}"/>\n`);
    out.push('  </testsuite>\n');
    return out.join('');
  },
  end: () => '</testsuites>\n',
};
