import { testRule } from '../lib/rule-tester.js';

testRule('multiple-cmd-entrypoint-healthcheck', {
  valid: [
    'FROM node:20-slim\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/\nCMD ["node", "server.js"]\n',
    { name: 'one per stage', code: 'FROM alpine:3.20 AS a\nCMD ["a"]\nFROM a\nCMD ["b"]\n' },
    { name: 'ONBUILD triggers do not count', code: 'FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n' },
  ],
  invalid: [
    {
      name: 'two CMDs',
      code: 'FROM node:20-slim\nCMD ["node", "worker.js"]\nCOPY . /app\nCMD ["node", "server.js"]\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 26, severity: 'warning', fix: 'unsafe', message: 'line 4' }],
      output: 'FROM node:20-slim\nCOPY . /app\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'three ENTRYPOINTs and two HEALTHCHECKs, lower case, CRLF',
      code: 'from alpine:3.20\r\nentrypoint ["a"]\r\nhealthcheck NONE\r\nentrypoint ["b"]\r\nhealthcheck CMD true\r\nentrypoint ["c"]\r\n',
      errors: [{ line: 2 }, { line: 3 }, { line: 4 }],
      output: 'from alpine:3.20\r\nhealthcheck CMD true\r\nentrypoint ["c"]\r\n',
    },
    {
      name: 'a continued CMD with a comment inside is removed whole',
      code: 'FROM alpine:3.20\nCMD echo a \\\n  # first try\n  b\nCMD ["true"]\n',
      errors: [{ line: 2, endLine: 4 }],
      output: 'FROM alpine:3.20\nCMD ["true"]\n',
    },
    {
      name: 'safe fixes only: nothing applied',
      code: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n',
      errors: [{ line: 2, fix: 'unsafe' }],
      output: null,
      unsafe: false,
    },
  ],
});
