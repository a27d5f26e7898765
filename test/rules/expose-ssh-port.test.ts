import { testRule } from '../lib/rule-tester.js';

testRule('expose-ssh-port', {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 2222 8022\n',
    { name: 'a range without 22, an unresolved ARG', code: 'FROM alpine:3.20\nARG PORT\nEXPOSE 23-25 $PORT\n' },
  ],
  invalid: [
    {
      name: 'plain, protocol, ARG value, range',
      code: 'FROM alpine:3.20\nARG SSH=22/tcp\nEXPOSE 80 22 $SSH 20-25 22/udp\n',
      errors: [
        { line: 3, column: 11, endColumn: 13, severity: 'warning', fix: null },
        { line: 3, column: 14, endColumn: 18 },
        { line: 3, column: 19, endColumn: 24 },
        { line: 3, column: 25, endColumn: 31 },
      ],
      output: null,
    },
    {
      name: 'CRLF, lower case, ONBUILD, continuation with a comment',
      code: 'from alpine:3.20\r\nonbuild expose 22\r\nexpose 80 \\\r\n# ssh\r\n  22\r\n',
      errors: [{ line: 2, column: 16 }, { line: 5, column: 3 }],
      output: null,
    },
  ],
});
