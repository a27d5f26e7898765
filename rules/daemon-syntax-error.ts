/** daemon-syntax-error: daemon.json is not strict JSON holding an object. No fix is applied to such a file. */
import type { DaemonFile } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-syntax-error',
    kind: 'daemon',
    aliases: [],
    severity: 'error',
    category: 'correctness',
    summary: 'daemon.json is not valid JSON (comments and trailing commas included)',
    fix: null,
    blocksFixes: true,
    docs: {
      whatItDoes:
        'Reports JSON syntax errors in a Docker daemon configuration file: comments, trailing commas, missing commas or quotes, and a top level that is not an object.',
      whyItMatters:
        'dockerd reads daemon.json as strict JSON and refuses to start when it cannot: a comment that an editor accepts takes the whole Docker host down at the next restart. No other finding can be trusted until the file parses, and shipshape applies no fix to it.',
      example: '{\n  // keep containers apart\n  "icc": false,\n}\n',
      exampleFixed: '{\n  "icc": false\n}\n',
      fix: 'None: the intended text is not knowable. Move explanations into a README next to the file; to silence a daemon.json rule, use the config file, since the file cannot carry ignore comments.',
    },
  },
  check({ source, report }) {
    for (const e of source.errors) report({ start: e.start, end: Math.min(e.end, source.text.length), message: e.message });
  },
};
