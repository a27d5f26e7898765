import { testRule } from '../lib/rule-tester.js';

testRule('reserved-stage-name', {
  valid: ['FROM alpine:3.20 AS prepare\nFROM scratch\n', { name: 'scratch as an image is fine', code: 'FROM scratch AS base\n' }],
  invalid: [
    {
      name: 'scratch',
      code: 'FROM alpine:3.20 AS scratch\nRUN echo hi > /hi\n',
      errors: [{ line: 1, column: 21, endColumn: 28, severity: 'warning', fix: 'display-only' }],
      output: null,
    },
    {
      name: 'Context in any casing, lower-case keywords, CRLF',
      code: 'from alpine:3.20 as Context\r\n',
      errors: [{ line: 1, column: 21, message: 'reserved' }],
      output: null,
    },
  ],
});
