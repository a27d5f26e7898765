/**
 * The JSON report, a public contract:
 * {"version": 1, "files": [{"path", "findings": [{"rule", "aliases", "severity", "message",
 *  "line", "column", "endLine", "endColumn", "fix": null | {"applicability", "title", "edits"}}]}]}
 * Lines and columns are 1-based; columns count UTF-16 code units.
 */
import { getRule } from '../engine/registry.js';
import { findingPosition, type Reporter } from './types.js';

export const jsonReporter: Reporter = (results) => {
  const files = results.map((r) => ({
    path: r.path,
    findings: r.source
      ? r.findings.map((f) => {
          const source = r.source as NonNullable<typeof r.source>;
          const pos = findingPosition(source, f);
          return {
            rule: f.rule,
            aliases: getRule(f.rule)?.meta.aliases ?? [],
            severity: f.severity,
            message: f.message,
            ...pos,
            fix: f.fix
              ? {
                  applicability: f.fix.applicability,
                  title: f.fix.title,
                  edits: f.fix.edits.map((e) => {
                    const s = source.lines.position(e.start);
                    const en = source.lines.position(e.end);
                    return { line: s.line + 1, column: s.character + 1, endLine: en.line + 1, endColumn: en.character + 1, offset: e.start, endOffset: e.end, text: e.text };
                  }),
                }
              : null,
          };
        })
      : [],
    fixed: r.fixed.map((f) => ({ rule: f.rule, title: f.title, applicability: f.applicability })),
  }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
};
