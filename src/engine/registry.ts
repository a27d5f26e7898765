/** The one registry: rules by name, fixers by rule name, and the alias index. */
import { fixers } from '../../fixers/index.js';
import { rules } from '../../rules/index.js';
import type { AnyFixer, AnyRule } from './types.js';
import { entryOf } from './text.js';

const byName = new Map<string, AnyRule>();
const byAlias = new Map<string, string[]>();

for (const rule of rules) {
  if (byName.has(rule.meta.name)) throw new Error(`duplicate rule name ${rule.meta.name}`);
  byName.set(rule.meta.name, rule);
}
for (const rule of rules) {
  for (const alias of rule.meta.aliases) {
    const key = alias.toUpperCase();
    const names = byAlias.get(key) ?? [];
    names.push(rule.meta.name);
    byAlias.set(key, names);
  }
}

export function allRules(): readonly AnyRule[] {
  return rules;
}

export function getRule(name: string): AnyRule | undefined {
  return byName.get(name);
}

export function getFixer(ruleName: string): AnyFixer | undefined {
  return entryOf(fixers, ruleName);
}

/**
 * Rule names for an id as users write it: a rule name (`runs-as-root`) or an alias in
 * another tool (`DL3002`, `CKV_DOCKER_8`, `FromAsCasing`). Empty when unknown.
 */
export function resolveRuleId(id: string): string[] {
  const trimmed = id.trim();
  if (byName.has(trimmed)) return [trimmed];
  const lower = trimmed.toLowerCase();
  if (byName.has(lower)) return [lower];
  return byAlias.get(trimmed.toUpperCase()) ?? [];
}

/** One rule for a name or alias, for `shipshape rule <id>`. */
export function findRule(id: string): AnyRule | undefined {
  const [name] = resolveRuleId(id);
  return name ? byName.get(name) : undefined;
}
