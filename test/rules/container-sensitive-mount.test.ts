import { testRule } from '../lib/rule-tester.js';

testRule('container-sensitive-mount', {
  valid: ['services:\n  api:\n    image: x\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - ./etc:/etc/app\n      - /srv/data:/data\n'],
  invalid: [
    {
      code: 'services:\n  backup:\n    image: x\n    volumes:\n      - /etc:/host/etc\n      - /proc:/host/proc:ro\n      - /:/rootfs:ro\n',
      errors: [
        { line: 5, column: 9, severity: 'error', message: '`/etc`', fix: 'display-only' },
        { line: 6, severity: 'warning', message: '`/proc` (read-only)' },
        { line: 7, severity: 'warning', message: '`/`' },
      ],
      output: null,
    },
    {
      name: 'long syntax',
      code: 'services:\n  backup:\n    image: x\n    volumes:\n      - {type: bind, source: /root, target: /backup/root}\n',
      errors: [{ line: 5, severity: 'error', message: '`/root`' }],
      output: null,
    },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run -v /etc:/host/etc:ro --mount type=bind,source=/proc,target=/host/proc prom/node-exporter:v1.8.1\n',
      errors: [{ line: 1, column: 15, severity: 'warning' }, { line: 1, column: 41, severity: 'error' }],
      output: null,
    },
  ],
});
