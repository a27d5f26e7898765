/** daemon-log-rotation-missing: container logs grow without bound. */
import { type DaemonFile, nodeRange } from '../src/daemon/model.js';
import type { Rule } from '../src/engine/types.js';

export const rule: Rule<DaemonFile> = {
  meta: {
    name: 'daemon-log-rotation-missing',
    kind: 'daemon',
    aliases: [],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Container logs grow without bound (json-file logging without `max-size`)',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports a daemon.json whose default log driver is `json-file` (set, or implied by no `log-driver`) without a `max-size` in `log-opts`. The `local` driver is not reported: it rotates by default (five files of 20 MB). ' +
        'The CIS Docker Benchmark asks for centralized logging (2.13) rather than rotation, so there is no alias.',
      whyItMatters:
        'json-file keeps everything a container prints in one file that never shrinks: a chatty or crash-looping container fills the disk under /var/lib/docker and takes every other container and the daemon down with it. `max-file` only counts when `max-size` is set.',
      example: '{\n  "log-driver": "json-file"\n}\n',
      exampleFixed: '{\n  "log-driver": "json-file",\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  }\n}\n',
      fix: 'Adds `"max-size": "10m"` and, when absent, `"max-file": "3"` to `log-opts` (creating it when needed; values are strings, as dockerd requires). Safe: only new containers are affected, and they keep the last 30 MB of logs instead of all of them.',
    },
  },
  check({ source, report }) {
    const driver = source.value('log-driver');
    if (driver !== undefined && driver !== 'json-file') return;
    const opts = source.get('log-opts');
    const optsValue = source.value('log-opts');
    if (opts && (typeof optsValue !== 'object' || optsValue === null || Array.isArray(optsValue))) return;
    const values = (optsValue ?? {}) as Record<string, unknown>;
    if (values['max-size'] !== undefined) return;
    const where = source.get('log-driver') ?? opts;
    report({
      ...(where ? nodeRange(where.keyNode) : source.anchor),
      message: 'Container logs grow until the disk is full: set "log-opts": {"max-size": "10m", "max-file": "3"}',
      data: { addMaxFile: values['max-file'] === undefined },
    });
  },
};
