/** label-not-in-schema: with strict labels, a LABEL key that the schema does not list. */
import type { Rule } from '../src/engine/types.js';
import { labelPairs, labelSchema } from './lib/labels.js';

export const rule: Rule = {
  meta: {
    name: 'label-not-in-schema',
    aliases: ['DL3050'],
    severity: 'info',
    category: 'style',
    summary: 'With strict labels, every LABEL key must be in the label schema',
    fix: null,
    defaultOptions: { labelSchema: {}, strictLabels: false },
    docs: {
      whatItDoes: 'When `strictLabels` is true, reports LABEL keys (ONBUILD LABEL included) that `labelSchema` does not list. Inactive otherwise (the default).',
      whyItMatters: 'A closed list of labels keeps image metadata consistent across a fleet: misspelt keys (`org.opencontainers.image.sources`) and one-off labels show up at review.',
      example: 'FROM alpine:3.20\nLABEL maintainer="team@example.com"\n',
      exampleOptions: { labelSchema: { 'org.opencontainers.image.source': 'url' }, strictLabels: true },
      exampleFixed: 'FROM alpine:3.20\n',
      fix: 'None: whether to drop the label or add it to the schema is the author\'s call.',
      options: {
        labelSchema: 'The allowed labels and their formats, as for `label-missing` (hadolint\'s `label-schema`).',
        strictLabels: 'Report labels the schema does not list (hadolint\'s `strict-labels`). Default false.',
      },
    },
  },
  check({ source, options, report }) {
    if (options.strictLabels !== true) return;
    const schema = labelSchema(options.labelSchema);
    for (const inst of source.allInstructions()) {
      for (const pair of labelPairs(inst)) {
        if (!schema.has(pair.key)) report({ start: pair.keyStart, end: pair.keyEnd, message: `Label \`${pair.key}\` is not in the label schema: remove it or add it to the schema` });
      }
    }
  },
};
