import { testRule } from '../lib/rule-tester.js';

testRule('container-resource-limits', {
  valid: [
    'services:\n  api:\n    image: x\n    mem_limit: 512m\n    cpus: 1.5\n    pids_limit: 200\n',
    { name: 'swarm limits', code: 'services:\n  api:\n    image: x\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n          cpus: "0.5"\n          pids: 100\n' },
  ],
  invalid: [
    {
      name: 'the suggestion shows the missing settings with placeholders and is never applied',
      code: 'services:\n  api:\n    image: x\n    mem_limit: 512m\n',
      errors: [{ line: 2, column: 3, severity: 'info', message: 'no `cpus`, `pids_limit` limit', fix: 'display-only' }],
      output: null,
    },
    { name: 'flow style', code: 'services:\n  api: {image: x}\n', errors: [{ line: 2, message: '`mem_limit`, `cpus`, `pids_limit`', fix: 'display-only' }], output: null },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run -d --memory 512m ghcr.io/acme/api:1.4.2\n',
      errors: [{ line: 1, column: 1, message: 'has no `--cpus`, `--pids-limit` limit: set limits from the container', fix: 'display-only' }],
      output: null,
    },
  ],
});
