import type { AppliedFix } from '../engine/fix.js';
import type { SourceFile } from '../engine/source.js';
import type { Finding } from '../engine/types.js';

/** Everything a reporter may show about one file. Reporters only render this data. */
export interface FileResult {
  /** Path as the user should see it. */
  readonly path: string;
  /** The model the findings' offsets refer to (null when the file could not be read). */
  readonly source: SourceFile | null;
  readonly findings: readonly Finding[];
  /** Fixes written (or, for stdin, printed) by --fix. */
  readonly fixed: readonly AppliedFix[];
  /** Fixes undone or not converged, one line each. */
  readonly problems: readonly string[];
}

export interface ReportOptions {
  readonly color: boolean;
  /** Whether unsafe fixes were enabled (changes the summary's hint). */
  readonly unsafeFixes: boolean;
  /** Whether fixes were being applied (so remaining fixable findings were not applicable). */
  readonly fixing: boolean;
}

export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;

/** 1-based line and column of a finding's start and end. */
export function findingPosition(source: SourceFile, finding: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  const s = source.lines.position(finding.start);
  const e = source.lines.position(Math.max(finding.end, finding.start));
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}
