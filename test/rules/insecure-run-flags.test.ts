import { testRule } from '../lib/rule-tester.js';

testRule('insecure-run-flags', {
  valid: ['FROM debian:12\nRUN --network=none --security=sandbox make\n', { name: 'other flags', code: 'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache make\n' }],
  invalid: [
    {
      name: 'both flags, one from an ARG',
      code: 'FROM debian:12\nARG NET=host\nRUN --security=insecure --network=$NET --mount=type=cache,target=/x make\n',
      errors: [
        { line: 3, column: 5, endColumn: 24, severity: 'warning', fix: 'unsafe' },
        { line: 3, column: 25, endColumn: 39, fix: 'unsafe' },
      ],
      output: 'FROM debian:12\nARG NET=host\nRUN --mount=type=cache,target=/x make\n',
    },
    {
      name: 'CRLF, lower case, ONBUILD, continuation with a comment',
      code: 'from debian:12\r\nonbuild run --network=host make\r\nrun --network=HOST \\\r\n# needs the host\r\n    make\r\n',
      errors: [{ line: 2, column: 13 }, { line: 3, column: 5 }],
      output: 'from debian:12\r\nonbuild run make\r\nrun \\\r\n# needs the host\r\n    make\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN --security=insecure `\n    make\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM debian:12\nRUN `\n    make\n',
    },
  ],
});
