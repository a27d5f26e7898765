/** compose-syntax-error: the Compose file is not valid YAML. No fix is applied to such a file. */
import type { ComposeFile } from '../src/compose/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<ComposeFile> = {
  meta: {
    name: 'compose-syntax-error',
    kind: 'compose',
    aliases: [],
    severity: 'error',
    category: 'correctness',
    summary: 'The Compose file is not valid YAML',
    fix: null,
    blocksFixes: true,
    docs: {
      whatItDoes: 'Reports YAML syntax errors and duplicate keys in a Compose file.',
      whyItMatters: '`docker compose` refuses the file, and no other finding can be trusted until it parses. shipshape does not apply fixes to a file with syntax errors.',
      example: 'services:\n  web:\n    image: nginx:1.27\n    image: nginx:1.26\n',
      exampleFixed: 'services:\n  web:\n    image: nginx:1.27\n',
      fix: 'None: the intended text is not knowable.',
    },
  },
  check({ source, report }) {
    for (const e of source.errors) report({ start: e.start, end: Math.min(e.end, source.text.length), message: e.message });
  },
};
