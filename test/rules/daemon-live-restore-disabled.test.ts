import { testRule } from '../lib/rule-tester.js';

testRule('daemon-live-restore-disabled', {
  valid: ['{\n  "live-restore": true\n}\n'],
  invalid: [
    {
      name: 'missing',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, severity: 'info', fix: 'unsafe' }],
      output: '{\n  "icc": false,\n  "live-restore": true\n}\n',
    },
    { name: 'false', code: '{\n  "live-restore": false,\n  "icc": false\n}\n', errors: [{ line: 2, column: 19 }], output: '{\n  "live-restore": true,\n  "icc": false\n}\n' },
    { name: 'four spaces', code: '{\n    "icc": false\n}\n', errors: [{ line: 1 }], output: '{\n    "icc": false,\n    "live-restore": true\n}\n' },
    { name: 'one line with spaces', code: '{ "icc": false, "ip": "127.0.0.1" }', errors: [{ line: 1 }], output: '{ "icc": false, "ip": "127.0.0.1", "live-restore": true }' },
  ],
});
