import { testRule } from '../lib/rule-tester.js';

testRule('daemon-syntax-error', {
  valid: ['{}\n', '{\n  "icc": false\n}\n', { name: 'CRLF and BOM', code: '\ufeff{\r\n  "debug": true\r\n}\r\n' }],
  invalid: [
    { name: 'a line comment', code: '{\n  // no icc\n  "icc": false\n}\n', errors: [{ line: 2, column: 3, message: 'Comments are not allowed' }], output: null },
    { name: 'a block comment', code: '{ /* x */ "icc": false }', errors: [{ line: 1, column: 3, message: 'Comments are not allowed' }], output: null },
    { name: 'a trailing comma', code: '{\n  "icc": false,\n}\n', errors: [{ line: 3, column: 1, message: 'Trailing commas are not allowed' }], output: null },
    { name: 'a missing comma', code: '{\n  "icc": false\n  "ip": "127.0.0.1"\n}\n', errors: [{ line: 3, column: 3, message: 'A comma is expected' }], output: null },
    { name: 'not an object', code: '["icc"]\n', errors: [{ line: 1, column: 1, message: 'must hold a JSON object' }], output: null },
    { name: 'empty file', code: '', errors: [{ line: 1, column: 1 }], output: null },
  ],
});
