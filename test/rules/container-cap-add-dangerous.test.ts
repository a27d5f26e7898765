import { testRule } from '../lib/rule-tester.js';

testRule('container-cap-add-dangerous', {
  valid: ['services:\n  api:\n    image: x\n    cap_add: [NET_BIND_SERVICE, CHOWN]\n'],
  invalid: [
    {
      code: 'services:\n  vpn:\n    image: x\n    cap_add:\n      - NET_ADMIN\n      - cap_sys_admin\n',
      errors: [
        { line: 5, column: 9, severity: 'error', message: 'NET_ADMIN', fix: 'display-only' },
        { line: 6, column: 9, message: 'SYS_ADMIN' },
      ],
      output: null,
    },
    {
      name: 'through a merge key',
      code: 'x-debug: &debug\n  cap_add: ["SYS_PTRACE"]\nservices:\n  api:\n    <<: *debug\n    image: x\n',
      errors: [{ line: 2, column: 13 }],
      output: null,
    },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run --cap-add SYS_ADMIN --cap-add=NET_BIND_SERVICE ghcr.io/acme/fuse:1.0\n',
      errors: [{ line: 1, column: 22, endColumn: 31, fix: 'display-only' }],
      output: null,
    },
  ],
});
