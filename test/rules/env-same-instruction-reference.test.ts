import { testRule } from '../lib/rule-tester.js';

testRule('env-same-instruction-reference', {
  valid: [
    'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin\n',
    { name: 'self reference', code: 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8\n' },
    { name: 'ARG re-exported with the same value', code: 'FROM alpine:3.20\nARG VERSION=1.2\nENV VERSION=${VERSION} URL=https://example.com/v$VERSION.tar.gz\n' },
    { name: 'escaped dollar (hadolint reports it)', code: 'FROM alpine:3.20\nENV A=rw \\\n    B="\\${A}_more"\n' },
    { name: 'single quotes', code: "FROM alpine:3.20\nENV A=1 B='$A'\n" },
    { name: 'a longer name', code: 'FROM alpine:3.20\nENV A=1 B=$AB\n' },
  ],
  invalid: [
    {
      name: 'reference to a pair before it: split',
      code: 'FROM alpine:3.20\nENV APP_HOME=/opt/app \\\n    APP_BIN=$APP_HOME/bin\n',
      errors: [{ line: 3, column: 13, endColumn: 22, severity: 'error', fix: 'unsafe' }],
      output: 'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin\n',
    },
    {
      name: 'braced reference on one line, lower case, CRLF',
      code: 'from alpine:3.20\r\nenv A=/x B=${A}/y C=1\r\n',
      errors: [{ line: 2, column: 12, endColumn: 16, fix: 'unsafe' }],
      output: 'from alpine:3.20\r\nenv A=/x\r\nenv B=${A}/y C=1\r\n',
    },
    {
      name: 'a variable defined before gets a new value (hadolint misses it)',
      code: 'FROM alpine:3.20\nENV A=1\nENV A=2 B=$A\n',
      errors: [{ line: 3, column: 11, fix: 'unsafe' }],
      output: 'FROM alpine:3.20\nENV A=1\nENV A=2\nENV B=$A\n',
    },
    {
      name: 'reference before the definition: no fix',
      code: 'FROM alpine:3.20\nENV B=$A A=1\n',
      errors: [{ line: 2, column: 7, fix: null }],
      output: null,
    },
    {
      name: 'comment between the pairs: no fix',
      code: 'FROM alpine:3.20\nENV A=1 \\\n# b\n    B=$A\n',
      errors: [{ line: 4, column: 7, fix: null }],
      output: null,
    },
    {
      name: 'ONBUILD: reported, no fix',
      code: 'FROM alpine:3.20\nONBUILD ENV A=1 B=$A\n',
      errors: [{ line: 2, column: 19, fix: null }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV TOOLS=C:\\tools `\n    BIN=$TOOLS\\bin\n',
      errors: [{ line: 4, column: 9, fix: 'unsafe' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV TOOLS=C:\\tools\nENV BIN=$TOOLS\\bin\n',
    },
  ],
});
