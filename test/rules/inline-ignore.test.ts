import { testRule } from '../lib/rule-tester.js';

testRule('inline-ignore', {
  valid: [
    'FROM debian:12-slim\n# install curl\nRUN apt-get update\n',
    { name: 'global ignore is not reported, as in hadolint', code: '# hadolint global ignore=DL3008\nFROM debian:12-slim\n' },
  ],
  invalid: [
    {
      name: 'hadolint ignore',
      code: 'FROM debian:12-slim\n# hadolint ignore=DL3008\nRUN apt-get update\n',
      errors: [{ line: 2, column: 1, endColumn: 25, severity: 'info', fix: null }],
      output: null,
    },
    {
      name: 'shipshape ignore, lower case, CRLF',
      code: 'from debian:12\r\n# shipshape ignore=sudo-in-run -- needed\r\nrun sudo true\r\n',
      errors: [{ line: 2, column: 1, message: 'shipshape ignore' }],
      output: null,
    },
    {
      name: 'inside a continuation, backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN true `\n# hadolint ignore=DL3059\n  && false\n',
      errors: [{ line: 4, column: 1 }],
      output: null,
    },
  ],
});
