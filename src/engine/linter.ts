/** Runs the enabled rules over one source model and turns reports into findings. */
import type { Config } from './config.js';
import { allRules, getFixer, getRule } from './registry.js';
import type { Document, DocumentKind, Range } from './document.js';
import { collectSuppressions } from './suppressions.js';
import type { AnyFixer, AnyRule, Edit, Finding, Fix, LintSettings, Report, Severity } from './types.js';

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

/** One enabled rule with what lint needs of it for a file: resolved once per config and kind. */
interface PlannedRule {
  readonly rule: AnyRule;
  readonly name: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly severity: Severity | undefined;
  readonly fixer: AnyFixer | undefined;
}

interface Plan {
  readonly select: LintOptions['select'];
  readonly ignore: LintOptions['ignore'];
  readonly preview: LintOptions['preview'];
  readonly rules: readonly PlannedRule[];
  /** The names of `rules`: what ran, for the unused-suppression check. */
  readonly names: ReadonlySet<string>;
}

/**
 * The rules to run per config and kind. A CLI run lints thousands of files with a handful of
 * configs, so the enabled set, merged options and fixers are worked out once, not per file.
 * A plan is reused only for the same select/ignore/preview choices.
 */
const plans = new WeakMap<Config, Map<DocumentKind, Plan>>();

function planFor(kind: DocumentKind, options: LintOptions): Plan {
  let byKind = plans.get(options.config);
  if (!byKind) plans.set(options.config, (byKind = new Map()));
  const cached = byKind.get(kind);
  if (cached && cached.select === options.select && cached.ignore === options.ignore && cached.preview === options.preview) return cached;
  const rules: PlannedRule[] = [];
  for (const rule of allRules()) {
    if (!ruleKinds(rule).includes(kind) || !isRuleEnabled(rule, options)) continue;
    const name = rule.meta.name;
    const override = options.config.rules.get(name);
    rules.push({ rule, name, options: { ...rule.meta.defaultOptions, ...override?.options }, severity: override?.severity, fixer: getFixer(name) });
  }
  const plan = { select: options.select, ignore: options.ignore, preview: options.preview, rules, names: new Set(rules.map((r) => r.name)) };
  byKind.set(kind, plan);
  return plan;
}

export function lint(source: Document, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  const suppressions = collectSuppressions(source);
  const plan = planFor(source.kind, options);
  const reports: Report[] = [];
  // Rules build reports in many shapes; copied into one, the loop below stays monomorphic.
  const report = (r: Report): void => {
    reports.push({ start: r.start, end: r.end, message: r.message, severity: r.severity, data: r.data });
  };
  for (const { rule, name, options: ruleOptions, severity: override, fixer } of plan.rules) {
    reports.length = 0;
    rule.check({ source, options: ruleOptions, settings: options.settings, report });
    for (const r of reports) {
      if (suppressions.isSuppressed(name, r.start)) continue;
      const severity: Severity = override ?? r.severity ?? rule.meta.severity;
      const data = r.data ?? {};
      // Built field by field (no spreads): one object shape for every finding.
      const finding: { -readonly [K in keyof Finding]: Finding[K] } = { rule: name, severity, message: r.message, start: r.start, end: r.end, data, fix: null };
      if (fixer && data.noFix !== true) {
        const fix = fixer(finding, { source, options: ruleOptions, settings: options.settings });
        if (fix) finding.fix = guardFix(source, fix);
      }
      findings.push(finding);
    }
  }
  const engineFinding = (name: string, message: string, start: number, end: number): void => {
    const rule = getRule(name);
    if (rule && isRuleEnabled(rule, options)) {
      findings.push({ rule: name, severity: options.config.rules.get(name)?.severity ?? rule.meta.severity, message, start, end, data: {}, fix: null });
    }
  };
  for (const p of suppressions.problems) engineFinding(SUPPRESSION_RULE, p.message, p.start, p.end);
  for (const { suppression, rules } of suppressions.unused(plan.names)) {
    const names = rules.map((r) => `\`${r}\``).join(', ');
    engineFinding(UNUSED_SUPPRESSION_RULE, `Ignore comment for ${names} silences nothing here: remove it (or the rule id)`, suppression.comment.start, suppression.comment.end);
  }
  // Rule names are ASCII: code-unit order is their order, without a locale-aware compare per pair.
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return findings;
}

/**
 * A fix whose edit would remove or rewrite a comment or a heredoc body is no longer safe:
 * the user's words are at stake. Such a fix becomes unsafe.
 */
export function guardFix(source: Document, fix: Fix): Fix {
  if (fix.applicability !== 'safe') return fix;
  const keeps = (edit: Edit, r: Range): boolean => edit.text.includes(source.text.slice(r.start, r.end));
  for (const edit of fix.edits) {
    if (edit.end <= edit.start) continue;
    for (const c of source.comments) {
      if (c.start < edit.end && c.end > edit.start && !keeps(edit, c)) return { ...fix, applicability: 'unsafe' };
    }
    for (const r of source.protectedRanges(edit.start, edit.end)) {
      if (!keeps(edit, r)) return { ...fix, applicability: 'unsafe' };
    }
  }
  return fix;
}
