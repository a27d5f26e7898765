/**
 * Checkstyle XML, read by Jenkins (Warnings NG), reviewdog, SonarQube imports and others:
 * one `<file>` per linted file (also clean ones), one `<error>` per finding.
 *
 *   <error line="3" column="1" severity="warning" message="…" source="shipshape.runs-as-root"/>
 *
 * Checkstyle has error, warning and info: style findings are reported as info. Lines and
 * columns are 1-based; columns count UTF-16 code units.
 */
import type { Severity } from '../engine/types.js';
import { findingPosition, type Reporter } from './types.js';
import { xmlEscape } from './xml.js';

const SEVERITY: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

export const checkstyleReporter: Reporter = {
  start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<checkstyle version="4.3">\n',
  file(result) {
    const source = result.source;
    const name = xmlEscape(result.path);
    if (!source || !result.findings.length) return `  <file name="${name}"/>\n`;
    const out = [`  <file name="${name}">\n`];
    for (const f of result.findings) {
      const pos = findingPosition(source, f);
      out.push(`    <error line="${pos.line}" column="${pos.column}" severity="${SEVERITY[f.severity]}" message="${xmlEscape(f.message)}" source="shipshape.${xmlEscape(f.rule)}"/>\n`);
    }
    out.push('  </file>\n');
    return out.join('');
  },
  end: () => '</checkstyle>\n',
};
