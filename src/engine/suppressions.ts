/**
 * Suppression comments:
 *   # shipshape ignore=<rule>[,<rule>] [-- reason]          the next instruction
 *   # shipshape global ignore=<rule>[,...] [-- reason]      the whole file
 *   # hadolint ignore=DL3008,DL3015                          the next instruction (aliases)
 *   # hadolint global ignore=DL3008                          the whole file
 * Rule ids are rule names or aliases in other tools.
 */
import { resolveRuleId } from './registry.js';
import type { Comment, Document } from './document.js';

export interface Suppression {
  readonly comment: Comment;
  readonly tool: 'shipshape' | 'hadolint';
  readonly global: boolean;
  readonly rules: ReadonlySet<string>;
  /** Range the suppression covers (the next instruction, or the whole file). */
  readonly start: number;
  readonly end: number;
  readonly reason: string | null;
}

export interface SuppressionProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

export interface Suppressions {
  readonly list: readonly Suppression[];
  readonly problems: readonly SuppressionProblem[];
  /** Whether a finding of `rule` at `start` is suppressed; records which suppression was used. */
  isSuppressed(rule: string, start: number): boolean;
  /** Rule ids of each suppression that silenced nothing, among the rules that ran. */
  unused(ran: ReadonlySet<string>): { suppression: Suppression; rules: string[] }[];
}

const DIRECTIVE = /^(shipshape|hadolint)\s+(global\s+)?ignore\s*=\s*(.*)$/i;
/** Ids that hadolint knows but shipshape may not implement: never warn about these. */
const HADOLINT_ID = /^(DL|SC)\d{4}$/i;

export function collectSuppressions(source: Document): Suppressions {
  const list: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  for (const comment of source.comments) {
    const m = DIRECTIVE.exec(comment.content);
    if (!m) continue;
    const tool = (m[1] as string).toLowerCase() as 'shipshape' | 'hadolint';
    const global = Boolean(m[2]);
    const body = m[3] as string;
    const sep = body.indexOf('--');
    const idsText = sep === -1 ? body : body.slice(0, sep);
    const reason = sep === -1 ? null : body.slice(sep + 2).trim() || null;
    const rules = new Set<string>();
    for (const raw of idsText.split(/[,\s]+/)) {
      const id = raw.trim();
      if (!id) continue;
      const names = resolveRuleId(id);
      if (names.length) for (const n of names) rules.add(n);
      else if (!(tool === 'hadolint' && HADOLINT_ID.test(id))) {
        problems.push({ start: comment.start, end: comment.end, message: `Unknown rule \`${id}\` in ignore comment` });
      }
    }
    let start = 0;
    let end = source.text.length;
    if (!global) {
      const target = source.suppressionTarget(comment);
      if (!target) continue;
      start = target.start;
      end = target.end;
    }
    list.push({ comment, tool, global, rules, start, end, reason });
  }
  const used = new Map<Suppression, Set<string>>();
  return {
    list,
    problems,
    isSuppressed(rule: string, at: number): boolean {
      let hit = false;
      for (const s of list) {
        if (s.rules.has(rule) && at >= s.start && at <= s.end) {
          hit = true;
          const set = used.get(s) ?? new Set<string>();
          set.add(rule);
          used.set(s, set);
        }
      }
      return hit;
    },
    unused(ran: ReadonlySet<string>) {
      const out: { suppression: Suppression; rules: string[] }[] = [];
      for (const s of list) {
        const rules = [...s.rules].filter((r) => ran.has(r) && !used.get(s)?.has(r));
        if (rules.length) out.push({ suppression: s, rules });
      }
      return out;
    },
  };
}
