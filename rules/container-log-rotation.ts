/**
 * container-log-rotation: container logs kept in files that grow without bound. Docker's
 * json-file driver keeps everything unless `max-size` is set; it is the default driver.
 */
import { type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';

/** The options the fix adds (the ones the container lacks). */
export const ROTATION: readonly string[] = ['max-size=10m', 'max-file=3'];

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-log-rotation',
    kind: ['compose', 'script'],
    aliases: [],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Container logs grow without bound',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports containers logging with the json-file driver without a `max-size` option. Without a `logging:` section the container uses the daemon\'s default driver, json-file with no rotation unless /etc/docker/daemon.json says otherwise: that case is reported as info. The `local` driver rotates by default (20 MB × 5 files) and other drivers ship logs away, so they are not reported.',
      whyItMatters:
        'json-file keeps every line a container ever wrote in one file under /var/lib/docker. A chatty or crash-looping container fills the disk, and with it the host\'s other containers and Docker itself stop working.',
      example: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    logging:\n      driver: json-file\n',
      exampleFixed: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "3"\n',
      fix:
        'Adds `max-size: "10m"` and `max-file: "3"` to the logging options (30 MB per container at most). Safe: only old log lines are dropped, and the json-file driver keeps `docker logs` working. Without a `logging:` section the fix adds one with `driver: json-file`, which is unsafe: it overrides a default driver that daemon.json may have set.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      if (!c.logDriver && c.logOptions.size === 0) {
        report({ start: c.anchor.start, end: c.anchor.end, severity: 'info', message: `\`${c.name}\` logs with the daemon's default driver (json-file without rotation unless daemon.json sets it): set ${spelled(c, '`logging` with `max-size`', '`--log-opt max-size=...`')}`, data: { container: c.name, section: false } });
        continue;
      }
      const driver = c.logDriver?.value ?? 'json-file';
      if (driver !== 'json-file' || c.logOptions.has('max-size')) continue;
      const at = c.logDriver ?? c.anchor;
      report({ start: at.start, end: at.end, message: `\`${c.name}\` keeps its json-file logs without a size limit: set the \`max-size\` and \`max-file\` log options`, data: { container: c.name, section: true } });
    }
  },
};
