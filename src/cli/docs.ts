/** Rule documentation as text: `shipshape rule <id>` and the README's rules table. */
import type { Rule } from '../engine/types.js';

const FIX_LABEL = { safe: 'safe', unsafe: 'unsafe', 'display-only': 'display-only' } as const;

export function ruleDocs(rule: Rule): string {
  const { meta } = rule;
  const d = meta.docs;
  const parts: string[] = [];
  parts.push(`# ${meta.name}`);
  parts.push('');
  parts.push(meta.summary);
  parts.push('');
  parts.push(`Severity: ${meta.severity} · Category: ${meta.category} · Fix: ${meta.fix ? FIX_LABEL[meta.fix] : 'none'}${meta.defaultEnabled === false ? ' · Off by default' : ''}`);
  parts.push('');
  parts.push('## What it does', '', d.whatItDoes, '');
  parts.push('## Why it matters', '', d.whyItMatters, '');
  parts.push('## Example', '');
  if (d.exampleOptions) parts.push(`With the options \`${JSON.stringify(d.exampleOptions)}\`:`, '');
  if (d.exampleContext) parts.push(`With ${Object.keys(d.exampleContext).map((f) => `\`${f}\``).join(', ')} in the build context containing ${Object.values(d.exampleContext).map((t) => `\`${t.trim()}\``).join(', ')}:`, '');
  parts.push('```dockerfile', d.example.trimEnd(), '```', '');
  if (d.exampleFixed) parts.push('Fixed:', '', '```dockerfile', d.exampleFixed.trimEnd(), '```', '');
  parts.push('## Fix', '', d.fix, '');
  parts.push('## Options', '');
  const options = Object.entries(d.options ?? {});
  if (options.length === 0) parts.push('None.');
  for (const [name, text] of options) parts.push(`- \`${name}\` (default: ${JSON.stringify(meta.defaultOptions?.[name])}): ${text}`);
  parts.push('');
  parts.push('## Equivalent rules elsewhere', '');
  parts.push(meta.aliases.length ? meta.aliases.map((a) => `- ${a}`).join('\n') : 'None known.');
  return `${parts.join('\n')}\n`;
}

/** The Markdown table of all rules, generated from the registry. */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = ['| Rule | Aliases | Severity | Fix |', '| --- | --- | --- | --- |'];
  for (const { meta } of [...rules].sort((a, b) => a.meta.name.localeCompare(b.meta.name))) {
    rows.push(`| \`${meta.name}\` | ${meta.aliases.join(', ') || '—'} | ${meta.severity}${meta.defaultEnabled === false ? ' (off)' : ''} | ${meta.fix ?? '—'} |`);
  }
  return `${rows.join('\n')}\n`;
}
