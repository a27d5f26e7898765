import { testRule } from '../lib/rule-tester.js';

testRule('onbuild-invalid-trigger', {
  valid: ['FROM node:20\nONBUILD COPY . /app\nONBUILD RUN npm ci\n'],
  invalid: [
    {
      name: 'ONBUILD FROM',
      code: 'FROM node:20\nONBUILD FROM node:20-slim\n',
      errors: [{ line: 2, column: 9, endColumn: 13, severity: 'error', fix: null }],
      output: null,
    },
    {
      name: 'ONBUILD ONBUILD and MAINTAINER, lower case, CRLF',
      code: 'from node:20\r\nonbuild onbuild run true\r\nonbuild maintainer me\r\n',
      errors: [{ line: 2, column: 9, message: '`onbuild` is not allowed' }, { line: 3, column: 9 }],
      output: null,
    },
    {
      name: 'continuation with a comment, backtick escape',
      code: '# escape=`\nFROM node:20\nONBUILD `\n# nested\n  FROM alpine\n',
      errors: [{ line: 5, column: 3 }],
      output: null,
    },
  ],
});
