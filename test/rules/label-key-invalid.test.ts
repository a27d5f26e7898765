import { testRule } from '../lib/rule-tester.js';

testRule('label-key-invalid', {
  valid: [
    'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app" maintainer="team@example.com"\n',
    { name: 'quoted key', code: 'FROM alpine:3.20\nLABEL "com.example.vendor"="ACME"\n' },
    { name: 'variable in the key', code: 'FROM alpine:3.20\nARG NS=com.example\nLABEL ${NS}.team=ops\n' },
  ],
  invalid: [
    {
      name: 'upper case and underscore',
      code: 'FROM alpine:3.20\nLABEL Version=1.2.3 build_date=2024-05-01\n',
      errors: [
        { line: 2, column: 7, endColumn: 14, severity: 'style', message: 'lower-case letter', fix: null },
        { line: 2, column: 21, endColumn: 31, message: 'may only hold' },
      ],
      output: null,
    },
    {
      name: 'reserved namespace, repeated dots, lower case, CRLF',
      code: 'from alpine:3.20\r\nlabel com.docker.thing=1 org..example=2 app.=3\r\n',
      errors: [{ line: 2, column: 7, message: 'reserved' }, { line: 2, column: 26, message: 'repeat' }, { line: 2, column: 41, message: 'must end' }],
      output: null,
    },
    {
      name: 'continuation with a comment, ONBUILD, backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nONBUILD LABEL a=1 `\n# next\n  B=2\n',
      errors: [{ line: 5, column: 3 }],
      output: null,
    },
  ],
});
