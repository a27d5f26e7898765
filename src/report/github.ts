/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's
 * diff and in the run's summary.
 *
 *   ::warning file=Dockerfile,line=3,col=1,endLine=3,endColumn=10,title=shipshape (runs-as-root)::The image runs as root…
 *
 * Errors become `::error`, warnings `::warning`, info and style `::notice`. Columns are
 * 1-based UTF-16 code units, `endColumn` exclusive, as in the JSON report.
 */
import type { Severity } from '../engine/types.js';
import { helpLine, repoPath } from './ci.js';
import { findingPosition, type Reporter } from './types.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', style: 'notice' };

/** The message part of a command: GitHub decodes `%25`, `%0D` and `%0A` in it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as data, and `:` and `,` too, which would end the value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Readonly<Record<string, string | number>>, message: string): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}\n`;
}

export const githubReporter: Reporter = {
  start: () => '',
  file(result) {
    const file = repoPath(result.path);
    const out: string[] = [];
    if (result.source) {
      for (const f of result.findings) {
        const pos = findingPosition(result.source, f);
        const help = f.fix ? `\n${helpLine(f.fix)}` : '';
        out.push(command(COMMAND[f.severity], { file, line: pos.line, col: pos.column, endLine: pos.endLine, endColumn: pos.endColumn, title: `shipshape (${f.rule})` }, `${f.message}${help}`));
      }
    }
    for (const p of result.problems) out.push(command('warning', { file, title: 'shipshape' }, p));
    return out.join('');
  },
  end: () => '',
};
