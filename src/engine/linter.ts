/** Runs the enabled rules over one source model and turns reports into findings. */
import type { Config } from './config.js';
import { allRules, getFixer, getRule } from './registry.js';
import type { Document, DocumentKind } from './document.js';
import { collectSuppressions } from './suppressions.js';
import type { AnyRule, Finding, Fix, LintSettings, Report, Severity } from './types.js';

export interface LintOptions {
  readonly config: Config;
  readonly settings: LintSettings;
  /** Only these rules (names), when given. */
  readonly select?: ReadonlySet<string> | undefined;
  /** Never these rules (names). */
  readonly ignore?: ReadonlySet<string> | undefined;
  /** Rules whose meta says `preview` run only when this is set. */
  readonly preview?: boolean | undefined;
}

/** Name of the engine's own rule for broken suppression comments. */
export const SUPPRESSION_RULE = 'invalid-suppression';
/** Name of the engine's rule for ignore comments that silence nothing (off by default). */
export const UNUSED_SUPPRESSION_RULE = 'unused-suppression';

/** The kinds of file a rule checks. */
export function ruleKinds(rule: AnyRule): readonly DocumentKind[] {
  const kind = rule.meta.kind ?? 'dockerfile';
  return typeof kind === 'string' ? [kind] : kind;
}

export function isRuleEnabled(rule: AnyRule, options: LintOptions): boolean {
  const name = rule.meta.name;
  if (options.ignore?.has(name)) return false;
  if (options.select) return options.select.has(name);
  const override = options.config.rules.get(name);
  if (override?.enabled !== undefined) return override.enabled;
  if (rule.meta.status === 'preview' && !(options.preview ?? options.config.preview)) return false;
  return rule.meta.defaultEnabled !== false;
}

export function lint(source: Document, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const suppressions = collectSuppressions(source);
  const ran = new Set<string>();
  for (const rule of allRules()) {
    if (!ruleKinds(rule).includes(source.kind) || !isRuleEnabled(rule, options)) continue;
    const name = rule.meta.name;
    ran.add(name);
    const override = options.config.rules.get(name);
    const ruleOptions = { ...rule.meta.defaultOptions, ...override?.options };
    const reports: Report[] = [];
    rule.check({ source, options: ruleOptions, settings: options.settings, report: (r) => reports.push(r) });
    const fixer = getFixer(name);
    for (const report of reports) {
      if (suppressions.isSuppressed(name, report.start)) continue;
      const severity: Severity = override?.severity ?? report.severity ?? rule.meta.severity;
      const data = report.data ?? {};
      const base = { rule: name, severity, message: report.message, start: report.start, end: report.end, data };
      let fix: Fix | null = null;
      if (fixer && data.noFix !== true) {
        fix = fixer({ ...base, fix: null }, { source, options: ruleOptions, settings: options.settings });
        if (fix) fix = guardFix(source, fix);
      }
      findings.push({ ...base, fix });
    }
  }
  const engineFinding = (name: string, message: string, start: number, end: number): void => {
    const rule = getRule(name);
    if (rule && isRuleEnabled(rule, options)) {
      findings.push({ rule: name, severity: options.config.rules.get(name)?.severity ?? rule.meta.severity, message, start, end, data: {}, fix: null });
    }
  };
  for (const p of suppressions.problems) engineFinding(SUPPRESSION_RULE, p.message, p.start, p.end);
  for (const { suppression, rules } of suppressions.unused(ran)) {
    const names = rules.map((r) => `\`${r}\``).join(', ');
    engineFinding(UNUSED_SUPPRESSION_RULE, `Ignore comment for ${names} silences nothing here: remove it (or the rule id)`, suppression.comment.start, suppression.comment.end);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return findings;
}

/**
 * A fix whose edit would remove or rewrite a comment or a heredoc body is no longer safe:
 * the user's words are at stake. Such a fix becomes unsafe.
 */
export function guardFix(source: Document, fix: Fix): Fix {
  if (fix.applicability !== 'safe') return fix;
  for (const edit of fix.edits) {
    if (edit.end <= edit.start) continue;
    const comments = source.comments.filter((c) => c.start < edit.end && c.end > edit.start);
    const kept = [...comments, ...source.protectedRanges(edit.start, edit.end)];
    for (const r of kept) {
      if (!edit.text.includes(source.text.slice(r.start, r.end))) return { ...fix, applicability: 'unsafe' };
    }
  }
  return fix;
}
