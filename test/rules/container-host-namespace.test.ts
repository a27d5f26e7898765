import { testRule } from '../lib/rule-tester.js';

testRule('container-host-namespace', {
  valid: ['services:\n  api:\n    image: x\n    network_mode: bridge\n    ipc: shareable\n    pid: "service:db"\n'],
  invalid: [
    {
      code: 'services:\n  monitor:\n    image: x\n    network_mode: host\n    pid: host\n    ipc: host\n    userns_mode: host\n',
      errors: [
        { line: 4, column: 19, message: 'network namespace', fix: 'display-only' },
        { line: 5, column: 10, message: 'process namespace' },
        { line: 6, column: 10, message: 'IPC namespace' },
        { line: 7, column: 18, message: 'user namespace' },
      ],
      output: null,
    },
    { name: 'through extends', code: 'services:\n  base:\n    image: x\n    pid: "host"\n  tool:\n    extends: {service: base}\n', errors: [{ line: 4 }, { line: 4 }], output: null },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run --network host --pid=host --ipc private prom/node-exporter:v1.8.1\n',
      errors: [{ line: 1, column: 22, message: 'remove `--network host`' }, { line: 1, column: 33, message: 'remove `--pid host`' }],
      output: null,
    },
  ],
});
