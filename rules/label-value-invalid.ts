/** label-value-invalid: a schema label is empty or does not have the schema's format. */
import type { Rule } from '../src/engine/types.js';
import { hasFormat, type LabelType, labelPairs, labelSchema, labelValue } from './lib/labels.js';

const FORMATS: Readonly<Record<LabelType, string>> = {
  text: 'text',
  url: 'a URL with a scheme (`https://...`)',
  spdx: 'an SPDX license expression (`Apache-2.0`, `MIT OR Apache-2.0`)',
  hash: 'a git commit hash (7 to 40 lower-case hex digits, or 64)',
  rfc3339: 'an RFC 3339 time (`2024-05-01T12:00:00Z`)',
  semver: 'a semantic version (`1.4.2`, `2.0.0-rc.1`)',
  email: 'an email address (`team@example.com`)',
};

export const rule: Rule = {
  meta: {
    name: 'label-value-invalid',
    aliases: ['DL3051', 'DL3052', 'DL3053', 'DL3054', 'DL3055', 'DL3056', 'DL3058'],
    severity: 'warning',
    category: 'correctness',
    summary: 'A schema label is empty or not in the format the label schema gives',
    fix: null,
    defaultOptions: { labelSchema: {} },
    docs: {
      whatItDoes:
        'When `labelSchema` is set, reports labels it lists (ONBUILD LABEL included) whose value is empty (DL3051) or not of the schema\'s format: `url` (DL3052), `rfc3339` (DL3053), `spdx` (DL3054), `hash` (DL3055), `semver` (DL3056), `email` (DL3058). ' +
        'Values with a variable are checked after ARG/ENV substitution and skipped when a variable has no value (`created=$BUILD_DATE`), where hadolint reports the `$` text. `spdx` accepts license expressions (`MIT OR Apache-2.0`, which the OCI `licenses` label allows) and checks their shape, not the SPDX list; `hash` also accepts abbreviations of 8 to 39 digits and SHA-256 hashes.',
      whyItMatters: 'Labels are read by machines: a `created` date that does not parse or a `source` that is not a URL breaks the dashboards and audits that rely on them.',
      example: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/example/app"\n',
      exampleOptions: { labelSchema: { 'org.opencontainers.image.source': 'url' } },
      exampleFixed: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app"\n',
      fix: 'None: the intended value is not knowable.',
      options: {
        labelSchema: 'Labels and their formats, as for `label-missing` (hadolint\'s `label-schema`). Empty: the rule does nothing.',
      },
    },
  },
  check({ source, options, report }) {
    const schema = labelSchema(options.labelSchema);
    if (schema.size === 0) return;
    for (const inst of source.allInstructions()) {
      for (const pair of labelPairs(inst)) {
        const type = schema.get(pair.key);
        if (!type) continue;
        const value = labelValue(pair);
        if (value === null) continue;
        const range = pair.valueEnd > pair.valueStart ? { start: pair.valueStart, end: pair.valueEnd } : { start: pair.keyStart, end: pair.keyEnd };
        if (value.trim() === '') report({ ...range, message: `Label \`${pair.key}\` is empty: give it a value` });
        else if (!hasFormat(type, value)) report({ ...range, message: `Label \`${pair.key}\` is not ${FORMATS[type]}` });
      }
    }
  },
};
