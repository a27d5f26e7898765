import { testRule } from '../lib/rule-tester.js';

testRule('apk-unpinned', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0 git~2.45 "bash>=5"\n',
    { name: 'virtual names and repositories are not packages', code: 'FROM alpine:3.20\nRUN apk add --no-cache -t .build-deps -X https://dl-cdn.alpinelinux.org/alpine/edge/main gcc=13.2.1-r0 ./local.apk\n' },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps curl git~2.45\n',
      errors: [{ line: 2, column: 5, endColumn: 12, severity: 'info', message: 'installs curl without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment',
      code: 'from alpine:3.20\r\nrun apk add \\\r\n    # tools\r\n    curl\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nRUN apk add --no-cache `\n    curl\n',
      errors: [{ line: 3, column: 5 }],
      output: null,
    },
  ],
});
