import { testRule } from '../lib/rule-tester.js';

testRule('daemon-ip-all-interfaces', {
  valid: ['{\n  "ip": "127.0.0.1"\n}\n', '{"ip":"10.0.0.5"}'],
  invalid: [
    {
      name: 'missing',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, message: 'every interface', fix: 'unsafe' }],
      output: '{\n  "icc": false,\n  "ip": "127.0.0.1"\n}\n',
    },
    { name: 'explicit 0.0.0.0', code: '{\n    "ip": "0.0.0.0"\n}\n', errors: [{ line: 2, column: 11, endColumn: 20 }], output: '{\n    "ip": "127.0.0.1"\n}\n' },
    { name: 'explicit ::, tabs, CRLF', code: '{\r\n\t"ip": "::"\r\n}\r\n', errors: [{ line: 2, column: 8 }], output: '{\r\n\t"ip": "127.0.0.1"\r\n}\r\n' },
    { name: 'minified', code: '{"icc":false}', errors: [{ line: 1 }], output: '{"icc":false,"ip":"127.0.0.1"}' },
    { name: 'empty object', code: '{}', errors: [{ line: 1 }], output: '{\n  "ip": "127.0.0.1"\n}' },
  ],
});
