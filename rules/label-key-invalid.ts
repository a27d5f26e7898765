/** label-key-invalid: a LABEL key does not follow Docker's key format. */
import type { Rule } from '../src/engine/types.js';
import { labelPairs } from './lib/labels.js';

const RESERVED = ['com.docker.', 'io.docker.', 'org.dockerproject.'];

/** Why a key breaks Docker's recommended format, or null. */
function keyProblem(key: string): string | null {
  if (!/^[a-z]/.test(key)) return 'must start with a lower-case letter';
  if (!/[a-z0-9]$/.test(key)) return 'must end with a lower-case letter or a digit';
  if (/[^a-z0-9.-]/.test(key)) return 'may only hold lower-case letters, digits, `.` and `-`';
  if (key.includes('..') || key.includes('--')) return 'must not repeat `.` or `-`';
  const reserved = RESERVED.find((r) => key.startsWith(r));
  if (reserved) return `uses the namespace \`${reserved.slice(0, -1)}\`, reserved for Docker`;
  return null;
}

export const rule: Rule = {
  meta: {
    name: 'label-key-invalid',
    aliases: ['DL3048'],
    severity: 'style',
    category: 'style',
    summary: 'LABEL keys should be lower-case, dotted names outside Docker\'s namespaces',
    fix: null,
    docs: {
      whatItDoes:
        'Reports LABEL keys (ONBUILD LABEL included) that do not start with a lower-case letter, do not end with a lower-case letter or digit, hold characters other than `a-z`, `0-9`, `.` and `-`, repeat `.` or `-`, or use the reserved namespaces `com.docker.`, `io.docker.` and `org.dockerproject.`.',
      whyItMatters:
        'Docker recommends this key format so labels from different tools do not collide and stay easy to query (`org.opencontainers.image.source`). Upper case or underscores (`Version`, `build_date`) make filters miss labels, and Docker\'s own namespaces are for Docker.',
      example: 'FROM alpine:3.20\nLABEL Version=1.2.3 build_date=2024-05-01\n',
      exampleFixed: 'FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.2.3 org.opencontainers.image.created=2024-05-01\n',
      fix: 'None: tools may read the label by its current key, so renaming it is the author\'s call.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      for (const pair of labelPairs(inst)) {
        if (pair.key.includes('$')) continue;
        const problem = keyProblem(pair.key);
        if (problem) report({ start: pair.keyStart, end: pair.keyEnd, message: `Label key \`${pair.key}\` ${problem}` });
      }
    }
  },
};
