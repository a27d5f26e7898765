import { testRule } from '../lib/rule-tester.js';

testRule('daemon-icc-enabled', {
  valid: ['{\n  "icc": false\n}\n', '{"icc":false,"debug":true}', { name: 'CRLF and tabs', code: '{\r\n\t"debug": true,\r\n\t"icc": false\r\n}\r\n' }],
  invalid: [
    {
      name: 'missing, two-space indentation',
      code: '{\n  "debug": true\n}\n',
      errors: [{ line: 1, column: 1, endColumn: 2, message: 'Containers on the default bridge can reach each other', fix: 'unsafe' }],
      output: '{\n  "debug": true,\n  "icc": false\n}\n',
    },
    {
      name: 'set to true, four-space indentation: the value is replaced in place',
      code: '{\n    "icc": true,\n    "debug": true\n}\n',
      errors: [{ line: 2, column: 12, endColumn: 16 }],
      output: '{\n    "icc": false,\n    "debug": true\n}\n',
    },
    {
      name: 'tabs and CRLF',
      code: '{\r\n\t"debug": true,\r\n\t"log-level": "info"\r\n}\r\n',
      errors: [{ line: 1, column: 1 }],
      output: '{\r\n\t"debug": true,\r\n\t"log-level": "info",\r\n\t"icc": false\r\n}\r\n',
    },
    { name: 'empty object', code: '{}\n', errors: [{ line: 1, column: 1 }], output: '{\n  "icc": false\n}\n' },
    { name: 'minified', code: '{"debug":true}', errors: [{ line: 1, column: 1 }], output: '{"debug":true,"icc":false}' },
    { name: 'one line with spaces', code: '{ "debug": true }\n', errors: [{ line: 1, column: 1 }], output: '{ "debug": true, "icc": false }\n' },
    {
      name: 'a string "false" is not false',
      code: '{\n  "icc": "false"\n}\n',
      errors: [{ line: 2, column: 10, endColumn: 17 }],
      output: '{\n  "icc": false\n}\n',
    },
    {
      name: 'BOM kept, nested objects untouched',
      code: '\ufeff{\n  "log-opts": {\n    "max-size": "10m"\n  }\n}\n',
      errors: [{ line: 1, column: 1 }],
      output: '\ufeff{\n  "log-opts": {\n    "max-size": "10m"\n  },\n  "icc": false\n}\n',
    },
    { name: 'a file with a syntax error is not fixed', code: '{\n  "debug": true,\n}\n', errors: [{ line: 1 }], output: null },
  ],
});
