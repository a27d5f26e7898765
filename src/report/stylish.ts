/**
 * The human report: one block per finding with a code frame, like Ruff's and rustc's.
 *
 *   warning[runs-as-root]: The final stage runs as root ...
 *     --> Dockerfile:12:1
 *      |
 *   12 | USER root
 *      | ^^^^^^^^^
 *      = help: Switch to the image's non-root user `node` (unsafe fix)
 */
import pc from 'picocolors';
import { canApply } from '../engine/fix.js';
import type { Document } from '../engine/document.js';
import type { Finding, Severity } from '../engine/types.js';
import { findingPosition, type Reporter, type ReportOptions } from './types.js';

type Colors = ReturnType<typeof pc.createColors>;

const MAX_FRAME_WIDTH = 160;

export const stylishReporter: Reporter = {
  start: () => '',
  file(result, options) {
    const c = pc.createColors(options.color);
    const out: string[] = [];
    if (result.source) for (const f of result.findings) out.push(`${renderFinding(result.source, result.path, f, c, options)}\n`);
    for (const p of result.problems) out.push(`${c.yellow('note')}: ${p}\n`);
    return out.join('');
  },
  end(summary, options) {
    const c = pc.createColors(options.color);
    const counts = summary.bySeverity;
    const total = counts.error + counts.warning + counts.info + counts.style;
    const lines: string[] = [];
    if (summary.fixed) lines.push(`Fixed ${summary.fixed} ${plural(summary.fixed, 'problem')}.`);
    if (total === 0) {
      if (!summary.fixed) lines.push(c.green(`No problems found in ${summary.files} ${plural(summary.files, 'file')}.`));
    } else {
      const parts = (['error', 'warning', 'info', 'style'] as const).filter((s) => counts[s]).map((s) => `${counts[s]} ${s === 'info' || s === 'style' ? s : plural(counts[s], s)}`);
      lines.push(c.bold(`Found ${total} ${plural(total, 'problem')} (${parts.join(', ')}) in ${summary.filesWithFindings} ${plural(summary.filesWithFindings, 'file')}.`));
      const { safeFixable: safe, unsafeFixable: unsafe } = summary;
      if (!options.fixing && safe) lines.push(`${safe} fixable with \`--fix\`${unsafe ? `, ${unsafe} more with \`--fix --unsafe-fixes\`` : ''}.`);
      else if (unsafe && !options.unsafeFixes) lines.push(`${unsafe} fixable with \`--fix --unsafe-fixes\`.`);
    }
    return `${lines.join('\n')}\n`;
  },
};

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function severityLabel(severity: Severity, c: Colors): string {
  switch (severity) {
    case 'error':
      return c.bold(c.red('error'));
    case 'warning':
      return c.bold(c.yellow('warning'));
    case 'info':
      return c.bold(c.cyan('info'));
    default:
      return c.bold(c.dim('style'));
  }
}

export function renderFinding(source: Document, path: string, f: Finding, c: Colors, options: Pick<ReportOptions, 'unsafeFixes'>): string {
  const pos = findingPosition(source, f);
  const lines: string[] = [];
  lines.push(`${severityLabel(f.severity, c)}${c.bold(`[${f.rule}]`)}: ${c.bold(f.message)}`);
  const firstLine = pos.line - 1;
  const lastLine = Math.min(pos.endLine - 1, firstLine + 3);
  const gutter = String(lastLine + 1).length;
  const pad = ' '.repeat(gutter);
  lines.push(`${pad}${c.blue('-->')} ${path}:${pos.line}:${pos.column}`);
  lines.push(`${pad} ${c.blue('|')}`);
  for (let line = firstLine; line <= lastLine; line++) {
    const text = source.lines.lineText(line);
    const shown = visible(text);
    lines.push(`${c.blue(String(line + 1).padStart(gutter))} ${c.blue('|')} ${shown}`);
    const from = line === firstLine ? pos.column - 1 : leadingSpace(text);
    const to = line === pos.endLine - 1 ? pos.endColumn - 1 : text.length;
    const caretStart = Math.min(visible(text.slice(0, from)).length, MAX_FRAME_WIDTH);
    const caretLen = Math.max(1, Math.min(visible(text.slice(from, Math.max(to, from))).length, MAX_FRAME_WIDTH - caretStart));
    lines.push(`${pad} ${c.blue('|')} ${' '.repeat(caretStart)}${markColor(f.severity, c)('^'.repeat(caretLen))}`);
  }
  if (pos.endLine - 1 > lastLine) lines.push(`${pad} ${c.blue('|')} ${c.dim('...')}`);
  if (f.fix) {
    const how = f.fix.applicability === 'safe' ? 'fix available' : f.fix.applicability === 'unsafe' ? (canApply('unsafe', options.unsafeFixes) ? 'unsafe fix' : 'unsafe fix, needs --unsafe-fixes') : 'suggestion, not applied automatically';
    lines.push(`${pad} ${c.blue('=')} ${c.bold(c.cyan('help'))}: ${f.fix.title} (${how})`);
  }
  return `${lines.join('\n')}\n`;
}

function markColor(severity: Severity, c: Colors): (s: string) => string {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
}

function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Tabs as 4 spaces and long lines cut, so carets line up. */
function visible(text: string): string {
  const expanded = text.replace(/\t/g, '    ');
  return expanded.length > MAX_FRAME_WIDTH ? `${expanded.slice(0, MAX_FRAME_WIDTH)}…` : expanded;
}
