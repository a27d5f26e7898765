/**
 * One lint of one document version, and its findings as LSP diagnostics. Engine offsets index
 * the text without its BOM; an editor may keep the BOM in the document, so positions go
 * through `docOffset` and the document's own line index (LSP's: `\n`, `\r\n` and `\r` end a
 * line; columns are UTF-16 units, as the engine's offsets are).
 */
import { type Diagnostic, DiagnosticSeverity, type Position, type Range, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../engine/linter.js';
import { getRule } from '../engine/registry.js';
import type { Document } from '../engine/document.js';
import { detectKind, parseDocument } from '../engine/kinds.js';
import type { Edit, Finding, Severity } from '../engine/types.js';
import { type DocumentPath, type ProjectOptions, projectOptions } from './project.js';

export const SERVER_NAME = 'shipshape';

export interface Analysis {
  readonly doc: TextDocument;
  readonly path: DocumentPath;
  readonly project: ProjectOptions;
  /** Null when the config could not be read (nothing was linted). */
  readonly source: Document | null;
  readonly findings: readonly Finding[];
}

/** What a client gets in `Diagnostic.data`. */
export interface DiagnosticData {
  /** The same check's ids in other tools (DL3002, CKV_DOCKER_8, ...). */
  readonly aliases: readonly string[];
  /** Applicability of the finding's fix, or null when it has none. */
  readonly fix: string | null;
}

export function analyze(doc: TextDocument, path: DocumentPath): Analysis {
  const project = projectOptions(path);
  if (!project.ok) return { doc, path, project, source: null, findings: [] };
  const text = doc.getText();
  const source = parseDocument(path.path, text, detectKind(path.path, text));
  return { doc, path, project, source, findings: lint(source, project.options) };
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  style: DiagnosticSeverity.Hint,
};

export function diagnostics(analysis: Analysis): Diagnostic[] {
  if (!analysis.project.ok) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SERVER_NAME, message: `Config error: ${analysis.project.error}` }];
  }
  return analysis.findings.map((f) => toDiagnostic(analysis, f));
}

export function toDiagnostic(analysis: Analysis, finding: Finding): Diagnostic {
  const data: DiagnosticData = { aliases: getRule(finding.rule)?.meta.aliases ?? [], fix: finding.fix?.applicability ?? null };
  return {
    range: toRange(analysis, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    code: finding.rule,
    source: SERVER_NAME,
    message: finding.message,
    data,
  };
}

/** Offset in the document text of an engine offset. */
export function docOffset(analysis: Analysis, offset: number): number {
  return analysis.source?.bom ? offset + 1 : offset;
}

/** Engine offset of a document position (clamped to the text). */
export function engineOffset(analysis: Analysis, position: Position): number {
  const offset = analysis.doc.offsetAt(position);
  return analysis.source?.bom ? Math.max(0, offset - 1) : offset;
}

export function toRange(analysis: Analysis, start: number, end: number): Range {
  return { start: analysis.doc.positionAt(docOffset(analysis, start)), end: analysis.doc.positionAt(docOffset(analysis, end)) };
}

export function toTextEdit(analysis: Analysis, edit: Edit): TextEdit {
  return { range: toRange(analysis, edit.start, edit.end), newText: edit.text };
}
