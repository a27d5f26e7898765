import { testRule } from '../lib/rule-tester.js';

testRule('daemon-userns-remap-missing', {
  valid: ['{\n  "userns-remap": "default"\n}\n', '{"userns-remap":"dockremap:dockremap"}'],
  invalid: [
    {
      name: 'missing',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, severity: 'info', fix: 'unsafe' }],
      output: '{\n  "icc": false,\n  "userns-remap": "default"\n}\n',
    },
    { name: 'empty string', code: '{\n  "userns-remap": ""\n}\n', errors: [{ line: 2, column: 19, endColumn: 21 }], output: '{\n  "userns-remap": "default"\n}\n' },
    { name: 'four spaces, CRLF', code: '{\r\n    "debug": false\r\n}\r\n', errors: [{ line: 1 }], output: '{\r\n    "debug": false,\r\n    "userns-remap": "default"\r\n}\r\n' },
    { name: 'minified', code: '{"debug":false}\n', errors: [{ line: 1 }], output: '{"debug":false,"userns-remap":"default"}\n' },
  ],
});
