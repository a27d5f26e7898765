// Regenerates rules/COMPARISON.md from rules/data/other-tools.ts and the rule registry
// (`npm run comparison`, which builds first: this imports the compiled modules from dist/).
// Prints the checks that no rule covers and no reason explains, so the gap stays visible.
import { writeFileSync } from 'node:fs';
import { allRules } from '../dist/src/engine/registry.js';
import { compare, renderComparison, strayAliases } from '../dist/rules/data/comparison.js';
import { OTHER_TOOL_CHECKS } from '../dist/rules/data/other-tools.js';

const rules = allRules().map((rule) => rule.meta);
writeFileSync('rules/COMPARISON.md', renderComparison(OTHER_TOOL_CHECKS, rules));

const gaps = compare(OTHER_TOOL_CHECKS, rules).filter((row) => row.coverage === 'gap');
const stray = strayAliases(OTHER_TOOL_CHECKS, rules);
console.log(`rules/COMPARISON.md written: ${gaps.length} checks neither covered nor explained.`);
if (gaps.length > 0) console.log(gaps.map((row) => `  ${row.check.tool} ${row.check.id}: ${row.check.title}`).join('\n'));
if (stray.length > 0) console.log(`Aliases matching no known check:\n${stray.map((s) => `  ${s.rule}: ${s.alias}`).join('\n')}`);
