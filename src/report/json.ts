/**
 * The JSON report, a public contract:
 * {"version": 1, "files": [{"path", "findings": [{"rule", "aliases", "severity", "message",
 *  "line", "column", "endLine", "endColumn", "fix": null | {"applicability", "title", "edits"}}],
 *  "fixed": [...]}]}
 * Lines and columns are 1-based; columns count UTF-16 code units. One file per line, written
 * as each file is done.
 */
import { getRule } from '../engine/registry.js';
import { type FileResult, findingPosition, type Reporter } from './types.js';

function fileJson(r: FileResult): unknown {
  const source = r.source;
  return {
    path: r.path,
    findings: source
      ? r.findings.map((f) => {
          const at = findingPosition(source, f);
          return {
            rule: f.rule,
            aliases: getRule(f.rule)?.meta.aliases ?? [],
            severity: f.severity,
            message: f.message,
            line: at.line,
            column: at.column,
            endLine: at.endLine,
            endColumn: at.endColumn,
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
  };
}

export const jsonReporter: Reporter = {
  start: () => '{"version": 1, "files": [',
  file: (result, _options, index) => `${index ? ',' : ''}\n  ${JSON.stringify(fileJson(result))}`,
  end: (summary) => `${summary.files ? '\n' : ''}]}\n`,
};
