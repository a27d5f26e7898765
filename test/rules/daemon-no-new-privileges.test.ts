import { testRule } from '../lib/rule-tester.js';

testRule('daemon-no-new-privileges', {
  valid: ['{\n  "no-new-privileges": true\n}\n', '{"no-new-privileges":true}'],
  invalid: [
    {
      name: 'missing',
      code: '{\n  "icc": false,\n  "live-restore": true\n}\n',
      errors: [{ line: 1, column: 1, severity: 'warning', fix: 'safe' }],
      output: '{\n  "icc": false,\n  "live-restore": true,\n  "no-new-privileges": true\n}\n',
    },
    { name: 'false', code: '{\n  "no-new-privileges": false\n}\n', errors: [{ line: 2, column: 24, endColumn: 29 }], output: '{\n  "no-new-privileges": true\n}\n' },
    { name: 'tabs', code: '{\n\t"icc": false\n}', errors: [{ line: 1 }], output: '{\n\t"icc": false,\n\t"no-new-privileges": true\n}' },
    { name: 'CRLF, empty object', code: '{\r\n}\r\n', errors: [{ line: 1 }], output: '{\r\n  "no-new-privileges": true\r\n}\r\n' },
    { name: 'minified', code: '{"icc":false,"ip":"127.0.0.1"}', errors: [{ line: 1 }], output: '{"icc":false,"ip":"127.0.0.1","no-new-privileges":true}' },
  ],
});
