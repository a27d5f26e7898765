import { testRule } from '../lib/rule-tester.js';

testRule('daemon-userland-proxy-enabled', {
  valid: ['{\n  "userland-proxy": false\n}\n'],
  invalid: [
    {
      name: 'missing',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, severity: 'info', fix: 'unsafe' }],
      output: '{\n  "icc": false,\n  "userland-proxy": false\n}\n',
    },
    { name: 'true', code: '{\n  "userland-proxy": true\n}\n', errors: [{ line: 2, column: 21, endColumn: 25 }], output: '{\n  "userland-proxy": false\n}\n' },
    { name: 'tabs, CRLF', code: '{\r\n\t"icc": false\r\n}\r\n', errors: [{ line: 1 }], output: '{\r\n\t"icc": false,\r\n\t"userland-proxy": false\r\n}\r\n' },
  ],
});
