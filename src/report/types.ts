import type { AppliedFix } from '../engine/fix.js';
import type { Document } from '../engine/document.js';
import type { Finding, Severity } from '../engine/types.js';

/** Everything a reporter may show about one file. Reporters only render this data. */
export interface FileResult {
  /** Path as the user should see it. */
  readonly path: string;
  /** The model the findings' offsets refer to (null when the file could not be read). */
  readonly source: Document | null;
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

/** Totals over a run, for the closing summary. */
export interface RunSummary {
  readonly files: number;
  readonly filesWithFindings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Remaining findings with a safe / unsafe fix. */
  readonly safeFixable: number;
  readonly unsafeFixable: number;
  /** Fixes applied by --fix. */
  readonly fixed: number;
}

/**
 * Reporters render data and stream: `file` is called as soon as each file is done (so memory
 * stays flat however many files there are), `end` once at the close.
 */
export interface Reporter {
  start(options: ReportOptions): string;
  file(result: FileResult, options: ReportOptions, index: number): string;
  end(summary: RunSummary, options: ReportOptions): string;
}

export function emptySummary(): RunSummary {
  return { files: 0, filesWithFindings: 0, bySeverity: { error: 0, warning: 0, info: 0, style: 0 }, safeFixable: 0, unsafeFixable: 0, fixed: 0 };
}

/** Adds one file's result to the totals. */
export function addToSummary(summary: RunSummary, result: FileResult): RunSummary {
  const { error, warning, info, style } = summary.bySeverity;
  const bySeverity = { error, warning, info, style };
  let safe = 0;
  let unsafe = 0;
  for (const f of result.findings) {
    bySeverity[f.severity]++;
    if (f.fix?.applicability === 'safe') safe++;
    else if (f.fix?.applicability === 'unsafe') unsafe++;
  }
  return {
    files: summary.files + 1,
    filesWithFindings: summary.filesWithFindings + (result.findings.length ? 1 : 0),
    bySeverity,
    safeFixable: summary.safeFixable + safe,
    unsafeFixable: summary.unsafeFixable + unsafe,
    fixed: summary.fixed + result.fixed.length,
  };
}

/** 1-based line and column of a finding's start and end. */
export function findingPosition(source: Document, finding: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  const s = source.lines.position(finding.start);
  const e = source.lines.position(Math.max(finding.end, finding.start));
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}
