/**
 * Code actions for the findings under a range: the finding's fix (safe and unsafe fixes are
 * separate actions; unsafe ones say so in the title), a suppression comment for the
 * instruction (in other kinds, the line) or the file, and "fix all" (`source.fixAll.shipshape`, what editors run on save)
 * through the engine's fix loop. Display-only fixes are never offered: they are not meant to
 * be applied.
 */
import { type CodeAction, CodeActionKind, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { fixSource } from '../engine/fix.js';
import { SUPPRESSION_RULE } from '../engine/linter.js';
import { type Instruction, SourceFile } from '../engine/source.js';
import { collectSuppressions, type Suppression } from '../engine/suppressions.js';
import type { Document } from '../engine/document.js';
import { applyEdits } from '../engine/text.js';
import type { Edit, Finding } from '../engine/types.js';
import { type Analysis, engineOffset, toDiagnostic, toTextEdit } from './analysis.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.shipshape`;

/** Findings a suppression comment cannot (or should not) silence. */
const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(['syntax-error', SUPPRESSION_RULE]);

export interface ActionRequest {
  readonly range: Range;
  /** The kinds the client asked for (`context.only`), or undefined for all. */
  readonly only: readonly string[] | undefined;
  /** Whether the client applies versioned `documentChanges` (else plain `changes`). */
  readonly documentChanges: boolean;
}

export function codeActions(analysis: Analysis, request: ActionRequest): CodeAction[] {
  const { source } = analysis;
  if (!source) return [];
  const wants = (kind: string): boolean => !request.only || request.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const start = engineOffset(analysis, request.range.start);
    const end = engineOffset(analysis, request.range.end);
    const under = analysis.findings.filter((f) => f.start <= end && f.end >= start);
    for (const finding of under) {
      const fix = quickFix(analysis, finding, request);
      if (fix) actions.push(fix);
    }
    // Two findings of one rule under the cursor would offer the same suppressions twice.
    const titles = new Set<string>();
    // Dockerfiles place ignore comments by instruction; other kinds above the finding's line.
    const offered = (f: Finding): CodeAction[] =>
      source instanceof SourceFile ? suppressions(analysis, source, f, request) : lineSuppressions(analysis, source, f, request);
    for (const action of under.flatMap(offered)) {
      if (!titles.has(action.title)) actions.push(action);
      titles.add(action.title);
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(analysis, request);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

function quickFix(analysis: Analysis, finding: Finding, request: ActionRequest): CodeAction | null {
  const fix = finding.fix;
  if (!fix || fix.applicability === 'display-only' || fix.edits.length === 0) return null;
  const safe = fix.applicability === 'safe';
  return {
    title: `${safe ? 'Fix' : 'Unsafe fix'}: ${fix.title} (${finding.rule})${safe ? '' : ' — may change behaviour'}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(analysis, finding)],
    isPreferred: safe,
    edit: workspaceEdit(analysis, fix.edits.map((e) => toTextEdit(analysis, e)), request),
  };
}

function suppressions(analysis: Analysis, source: SourceFile, finding: Finding, request: ActionRequest): CodeAction[] {
  if (UNSUPPRESSIBLE.has(finding.rule)) return [];
  const existing = collectSuppressions(source).list;
  const actions: CodeAction[] = [];
  const action = (title: string, edit: Edit): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toDiagnostic(analysis, finding)],
    edit: workspaceEdit(analysis, [toTextEdit(analysis, edit)], request),
  });
  const inst = source.instructions.find((i) => i.start <= finding.start && finding.start <= i.end);
  if (inst) actions.push(action(`Ignore ${finding.rule} for this instruction`, ignoreInstruction(source, inst, finding.rule, existing)));
  actions.push(action(`Ignore ${finding.rule} in this file`, ignoreFile(source, finding.rule, existing)));
  return actions;
}

/**
 * Ignore comments for the kinds other than Dockerfiles (Compose files, shell scripts, CI
 * workflows): `# shipshape ignore=` on a new line above the finding's line, indented as that
 * line (or the rule added to an ignore comment that already covers the finding), and the
 * file-wide form at the top (below a `#!` line). What a comment covers depends on the kind,
 * so each edit is offered only when the edited text, parsed again, really silences the
 * finding: never for a file without comments (daemon.json), nor inside a YAML block string.
 */
function lineSuppressions(analysis: Analysis, source: Document, finding: Finding, request: ActionRequest): CodeAction[] {
  if (UNSUPPRESSIBLE.has(finding.rule)) return [];
  const existing = collectSuppressions(source).list;
  const rule = finding.rule;
  const here = existing.find((s) => !s.global && s.tool === 'shipshape' && s.start <= finding.start && finding.start <= s.end);
  // A comment line inside a continued line (`\` at the end of the one before) would end the
  // command there: the comment goes above the line the command starts on.
  let line = source.lines.lineOf(finding.start);
  while (line > 0 && /\\[ \t]*$/.test(source.lines.lineText(line - 1))) line--;
  const lineStart = source.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(source.text.slice(lineStart))?.[0] ?? '';
  const global = existing.find((s) => s.global && s.tool === 'shipshape');
  const top = source.text.startsWith('#!') ? source.lines.lineStart(1) : 0;
  const candidates: [string, Edit][] = [
    [`Ignore ${rule} here`, here ? extendComment(source, here, rule) : { start: lineStart, end: lineStart, text: `${indent}# shipshape ignore=${rule}${source.eol}` }],
    [`Ignore ${rule} in this file`, global ? extendComment(source, global, rule) : { start: top, end: top, text: `# shipshape global ignore=${rule}${source.eol}` }],
  ];
  return candidates
    .filter(([, edit]) => silences(source, edit, finding))
    .map(([title, edit]) => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(analysis, finding)],
      edit: workspaceEdit(analysis, [toTextEdit(analysis, edit)], request),
    }));
}

/** Whether the text with `edit` applied keeps its structure and no longer reports the finding (its offset moved by the edit). */
function silences(source: Document, edit: Edit, finding: Finding): boolean {
  const after = source.reparse(`${source.bom ? '\ufeff' : ''}${applyEdits(source.text, [edit])}`);
  if (!source.keepsStructure(after, [edit])) return false;
  const shift = edit.start <= finding.start ? edit.text.length - (edit.end - edit.start) : 0;
  return collectSuppressions(after).isSuppressed(finding.rule, finding.start + shift);
}

/**
 * Adds the rule to a `# shipshape ignore=` comment that already covers the instruction, or
 * inserts one above it, indented as the instruction is. A hadolint ignore comment above the
 * instruction stays directly above it (hadolint reads only the line before an instruction).
 */
function ignoreInstruction(source: SourceFile, inst: Instruction, rule: string, existing: readonly Suppression[]): Edit {
  const covering = existing.filter((s) => !s.global && s.start === inst.start);
  const own = covering.find((s) => s.tool === 'shipshape');
  if (own) return extendComment(source, own, rule);
  const above = covering[0]?.comment.start ?? inst.start;
  const line = source.lines.lineOf(above);
  const lineStart = source.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(source.text.slice(lineStart, above))?.[0] ?? '';
  return { start: lineStart, end: lineStart, text: `${indent}# shipshape ignore=${rule}${source.eol}` };
}

/** Adds the rule to the file's `# shipshape global ignore=` comment, or inserts one after the parser directives. */
function ignoreFile(source: SourceFile, rule: string, existing: readonly Suppression[]): Edit {
  const own = existing.find((s) => s.global && s.tool === 'shipshape');
  if (own) return extendComment(source, own, rule);
  // Parser directives (`# syntax=`, `# escape=`) count only before any other line: stay below them.
  const directives = source.ast.getDirectives();
  const last = directives[directives.length - 1];
  const line = last ? last.getRange().end.line + 1 : 0;
  const comment = `# shipshape global ignore=${rule}${source.eol}`;
  if (line < source.lines.lineCount) {
    const at = source.lines.lineStart(line);
    return { start: at, end: at, text: comment };
  }
  // The directives are the whole file, without a final line break.
  const end = source.text.length;
  return { start: end, end, text: `${source.eol}${comment}` };
}

/** Appends `,rule` to the rule list of a suppression comment, before any `-- reason`. */
function extendComment(source: Document, suppression: Suppression, rule: string): Edit {
  const { comment } = suppression;
  const text = source.text.slice(comment.start, comment.end);
  const directive = /ignore\s*=\s*/i.exec(text);
  const listStart = directive ? directive.index + directive[0].length : text.length;
  const reason = text.indexOf('--', listStart);
  const listEnd = listStart + text.slice(listStart, reason === -1 ? text.length : reason).trimEnd().length;
  const at = comment.start + listEnd;
  return { start: at, end: at, text: listEnd > listStart ? `,${rule}` : rule };
}

function fixAllAction(analysis: Analysis, request: ActionRequest): CodeAction | null {
  const { source, project } = analysis;
  if (!source || !project.ok) return null;
  const unsafe = project.config.unsafeFixes;
  const before = analysis.doc.getText();
  const after = fixSource(source.path, before, project.options, unsafe, source.kind).output;
  if (after === before) return null;
  return {
    title: unsafe ? 'Fix all shipshape problems (safe and unsafe fixes, as the config asks)' : 'Fix all safe shipshape problems',
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(analysis, [changedSpan(analysis, before, after)], request),
  };
}

/** One edit covering what differs between two texts (their common prefix and suffix kept). */
function changedSpan(analysis: Analysis, before: string, after: string): TextEdit {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  // Never split a CRLF or a surrogate pair between the kept and the replaced text.
  while (prefix > 0 && isSecondHalf(before, prefix)) prefix--;
  while (suffix > 0 && isSecondHalf(before, before.length - suffix)) suffix--;
  const { doc } = analysis;
  return {
    range: { start: doc.positionAt(prefix), end: doc.positionAt(before.length - suffix) },
    newText: after.slice(prefix, after.length - suffix),
  };
}

/** Whether `index` falls between `\r` and `\n`, or inside a surrogate pair. */
function isSecondHalf(text: string, index: number): boolean {
  const prev = text.charCodeAt(index - 1);
  const next = text.charCodeAt(index);
  return (prev === 13 && next === 10) || (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

function workspaceEdit(analysis: Analysis, edits: TextEdit[], request: ActionRequest): WorkspaceEdit {
  const { uri, version } = analysis.doc;
  return request.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}
