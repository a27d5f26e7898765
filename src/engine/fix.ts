/**
 * The fix loop: lint, apply the applicable fixes that do not overlap, re-lint, until no
 * fix applies (at most MAX_PASSES passes). A pass whose result loses an instruction or a
 * comment outside its edits, or adds an unknown instruction, is undone fix by fix.
 */
import { lint, type LintOptions } from './linter.js';
import type { Document, DocumentKind } from './document.js';
import { parseDocument } from './kinds.js';
import { getRule } from './registry.js';
import { applyEdits } from './text.js';
import type { Applicability, Edit, Finding } from './types.js';

export const MAX_PASSES = 10;

export interface AppliedFix {
  readonly rule: string;
  readonly title: string;
  readonly applicability: Applicability;
  /** 1-based line of the finding in the text the fix was applied to. */
  readonly line: number;
}

export interface FixResult {
  /** The fixed file text (BOM kept). */
  readonly output: string;
  readonly changed: boolean;
  readonly passes: number;
  readonly applied: readonly AppliedFix[];
  /** Findings of the final text. */
  readonly findings: readonly Finding[];
  /** The final source model. */
  readonly source: Document;
  /** Fixes that were undone or could not converge, one line each. */
  readonly problems: readonly string[];
}

export function canApply(applicability: Applicability, unsafe: boolean): boolean {
  return applicability === 'safe' || (applicability === 'unsafe' && unsafe);
}

export function fixSource(path: string, fileText: string, options: LintOptions, unsafe: boolean, kind?: DocumentKind): FixResult {
  let source = parseDocument(path, fileText, kind);
  let findings = lint(source, options);
  const applied: AppliedFix[] = [];
  const problems: string[] = [];
  const seen = new Set<string>([source.text]);
  const rejected = new Set<string>();
  let passes = 0;
  if (findings.some((f) => getRule(f.rule)?.meta.blocksFixes === true)) {
    return { output: source.fileText, changed: false, passes, applied, findings, source, problems: ['not fixed: the file has syntax errors'] };
  }
  while (passes < MAX_PASSES) {
    const candidates = findings.filter((f) => f.fix && canApply(f.fix.applicability, unsafe) && f.fix.edits.length > 0 && !rejected.has(key(f)));
    if (candidates.length === 0) break;
    passes++;
    const chosen = chooseNonOverlapping(candidates);
    let accepted = chosen;
    let next = checked(source, chosen);
    if (!next) {
      // Undo fix by fix: keep the ones that are sound together.
      accepted = [];
      for (const f of chosen) {
        const trial = [...accepted, f];
        const result = checked(source, trial);
        if (result) {
          accepted.push(f);
          next = result;
        } else {
          rejected.add(key(f));
          problems.push(`${path}:${source.lines.lineOf(f.start) + 1}: fix for ${f.rule} undone: it would change the file's structure outside its edit`);
        }
      }
    }
    if (!next || accepted.length === 0) continue;
    if (seen.has(next.text)) {
      problems.push(`${path}: fixes did not converge (a fix undoes another); stopped after ${passes} passes`);
      break;
    }
    seen.add(next.text);
    for (const f of accepted) {
      applied.push({ rule: f.rule, title: f.fix?.title ?? '', applicability: f.fix?.applicability ?? 'safe', line: source.lines.lineOf(f.start) + 1 });
    }
    source = next;
    findings = lint(source, options);
  }
  if (passes >= MAX_PASSES && findings.some((f) => f.fix && canApply(f.fix.applicability, unsafe) && !rejected.has(key(f)))) {
    problems.push(`${path}: fixes still pending after ${MAX_PASSES} passes`);
  }
  return { output: source.fileText, changed: source.fileText !== fileText, passes, applied, findings, source, problems };
}

/** The model of the text with the fixes applied, or null when they break the file's structure. */
function checked(source: Document, fixes: readonly Finding[]): Document | null {
  const edits = fixes.flatMap((f) => f.fix?.edits ?? []);
  const text = applyEdits(source.text, edits);
  const after = source.reparse(source.bom ? `\ufeff${text}` : text);
  return source.keepsStructure(after, edits) ? after : null;
}

function key(f: Finding): string {
  return `${f.rule}\u0000${f.message}\u0000${JSON.stringify(f.fix?.edits)}`;
}

/** Fixes sorted by position; a fix whose edits touch an already chosen edit waits for the next pass. */
export function chooseNonOverlapping(candidates: readonly Finding[]): Finding[] {
  const sorted = [...candidates].sort((a, b) => firstEdit(a) - firstEdit(b));
  // Chosen edits kept sorted by start, so each check is a binary search (thousands of fixes
  // in one huge RUN must not cost a quadratic scan).
  const taken: Edit[] = [];
  const chosen: Finding[] = [];
  for (const f of sorted) {
    const edits = f.fix?.edits ?? [];
    if (edits.some((e) => conflicts(taken, e))) continue;
    for (const e of edits) taken.splice(insertionIndex(taken, e.start), 0, e);
    chosen.push(f);
  }
  return chosen;
}

function insertionIndex(taken: readonly Edit[], start: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((taken[mid] as Edit).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether an edit overlaps any taken edit: only the neighbours around its position can. */
function conflicts(taken: readonly Edit[], edit: Edit): boolean {
  const at = insertionIndex(taken, edit.start);
  // The chosen edits do not overlap each other, so only those starting where the nearest
  // earlier one starts (an insertion and a range may share a start) can reach this edit.
  let from = Math.max(0, at - 1);
  while (from > 0 && (taken[from - 1] as Edit).start === (taken[from] as Edit).start) from--;
  for (let i = from; i < taken.length; i++) {
    const t = taken[i] as Edit;
    if (t.start > edit.end) break;
    if (overlaps(edit, t)) return true;
  }
  return false;
}

function firstEdit(f: Finding): number {
  return Math.min(...(f.fix?.edits ?? []).map((e) => e.start));
}

/** Two edits conflict when their ranges intersect, or both insert at the same point. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/** Kept for tests and callers that hold two Dockerfile models. */
export function keepsStructure(before: Document, after: Document, fixes: readonly Finding[]): boolean {
  return before.keepsStructure(after, fixes.flatMap((f) => f.fix?.edits ?? []));
}
