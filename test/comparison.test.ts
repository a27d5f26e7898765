/** The table of other tools' checks, the rules' aliases and rules/COMPARISON.md agree. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHasId, compare, renderComparison, strayAliases } from '../rules/data/comparison.js';
import { type ExternalCheck, OTHER_TOOL_CHECKS } from '../rules/data/other-tools.js';
import { allRules } from '../src/engine/registry.js';
import { ROOT } from './lib/corpus.js';

const rules = allRules().map((rule) => rule.meta);
const rows = compare(OTHER_TOOL_CHECKS, rules);

function entry(id: string): ExternalCheck {
  const found = OTHER_TOOL_CHECKS.find((check) => check.id === id);
  if (!found) throw new Error(`no check ${id} in the table`);
  return found;
}

describe('other tools', () => {
  it('lists every id once', () => {
    const ids = OTHER_TOOL_CHECKS.flatMap((check) => [check.id, ...(check.otherIds ?? [])].map((id) => id.toUpperCase()));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('has every check covered by a rule or explained by a reason', () => {
    const gaps = rows.filter((row) => row.coverage === 'gap').map((row) => `${row.check.tool} ${row.check.id}`);
    expect(gaps, 'add the id to the aliases of the rule that covers it, or a reason to rules/data/other-tools.ts').toEqual([]);
  });

  it('gives reasons only for checks no rule covers', () => {
    const stale = rows.filter((row) => row.coverage === 'covered' && row.check.reason).map((row) => row.check.id);
    expect(stale, 'a rule covers these now: drop their reason').toEqual([]);
  });

  it('has no rule alias outside the table, except foreign forms', () => {
    expect(strayAliases(OTHER_TOOL_CHECKS, rules)).toEqual([]);
  });

  it('matches ids case-insensitively, in every spelling, and families by pattern', () => {
    for (const alias of ['ds002', 'DS-0002', 'avd-ds-0002']) expect(checkHasId(entry('DS002'), alias), alias).toBe(true);
    expect(checkHasId(entry('DS002'), 'DS0002')).toBe(false);
    expect(checkHasId(entry('SCxxxx'), 'SC2086')).toBe(true);
    expect(checkHasId(entry('SCxxxx'), 'SC20')).toBe(false);
  });

  it('catches an alias that names no check', () => {
    const typo = [{ name: 'typo', aliases: ['DL3099', 'docker:S2612'] }];
    expect(strayAliases(OTHER_TOOL_CHECKS, typo)).toEqual([{ rule: 'typo', alias: 'DL3099' }]);
  });
});

describe('rules/COMPARISON.md', () => {
  it('is up to date (npm run comparison)', () => {
    const file = readFileSync(join(ROOT, 'rules', 'COMPARISON.md'), 'utf8');
    expect(file).toBe(renderComparison(OTHER_TOOL_CHECKS, rules));
  });
});
