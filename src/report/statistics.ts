/**
 * `--statistics`: counts per rule instead of each finding, with how many are fixable and how
 * safely (as Ruff's --statistics). Text, or JSON with `--format json`.
 */
import { getRule } from '../engine/registry.js';
import type { Reporter } from './types.js';

interface RuleCount {
  rule: string;
  count: number;
  safe: number;
  unsafe: number;
  displayOnly: number;
}

export function createStatisticsReporter(format: 'text' | 'json'): Reporter {
  const counts = new Map<string, RuleCount>();
  return {
    start: () => '',
    file(result) {
      for (const f of result.findings) {
        const c = counts.get(f.rule) ?? { rule: f.rule, count: 0, safe: 0, unsafe: 0, displayOnly: 0 };
        c.count++;
        if (f.fix?.applicability === 'safe') c.safe++;
        else if (f.fix?.applicability === 'unsafe') c.unsafe++;
        else if (f.fix?.applicability === 'display-only') c.displayOnly++;
        counts.set(f.rule, c);
      }
      return '';
    },
    end(summary) {
      const rows = [...counts.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
      if (format === 'json') {
        return `${JSON.stringify({ version: 1, files: summary.files, rules: rows.map((r) => ({ ...r, aliases: getRule(r.rule)?.meta.aliases ?? [] })) }, null, 2)}\n`;
      }
      if (rows.length === 0) return `No problems found in ${summary.files} ${summary.files === 1 ? 'file' : 'files'}.\n`;
      const width = Math.max(...rows.map((r) => r.rule.length));
      const countWidth = Math.max(...rows.map((r) => String(r.count).length));
      const aliasWidth = Math.max(...rows.map((r) => (getRule(r.rule)?.meta.aliases[0] ?? '').length));
      const lines = rows.map((r) => {
        const alias = getRule(r.rule)?.meta.aliases[0] ?? '';
        const fixable = [r.safe ? `${r.safe} safe` : '', r.unsafe ? `${r.unsafe} unsafe` : '', r.displayOnly ? `${r.displayOnly} suggested` : ''].filter(Boolean).join(', ');
        return `${String(r.count).padStart(countWidth)}  ${r.rule.padEnd(width)}  ${alias.padEnd(aliasWidth)}  ${fixable ? `[${fixable}]` : ''}`.trimEnd();
      });
      const total = rows.reduce((s, r) => s + r.count, 0);
      const safe = rows.reduce((s, r) => s + r.safe, 0);
      const unsafe = rows.reduce((s, r) => s + r.unsafe, 0);
      lines.push(`Found ${total} ${total === 1 ? 'problem' : 'problems'} in ${summary.filesWithFindings} of ${summary.files} files; ${safe} fixable with --fix, ${unsafe} more with --unsafe-fixes.`);
      return `${lines.join('\n')}\n`;
    },
  };
}
