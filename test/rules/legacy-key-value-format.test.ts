import { testRule } from '../lib/rule-tester.js';

testRule('legacy-key-value-format', {
  valid: [
    'FROM alpine:3.20\nENV A=1 B="two words"\nLABEL a=b\n',
    { name: 'ARG a b declares two ARGs', code: 'FROM alpine:3.20\nARG a b\n' },
  ],
  invalid: [
    {
      name: 'single word',
      code: 'FROM alpine:3.20\nENV APP_HOME /srv/app\n',
      errors: [{ line: 2, column: 5, endColumn: 22, severity: 'warning', fix: 'safe' }],
      output: 'FROM alpine:3.20\nENV APP_HOME=/srv/app\n',
    },
    {
      name: 'several words get quoted; $ keeps expanding',
      code: 'FROM alpine:3.20\nLABEL description Example  service for $USER\n',
      errors: [{ line: 2, column: 7 }],
      output: 'FROM alpine:3.20\nLABEL description="Example  service for $USER"\n',
    },
    {
      name: 'an already quoted single word',
      code: 'FROM alpine:3.20\nENV GREETING "hello world"\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nENV GREETING="hello world"\n',
    },
    {
      name: 'several words with quotes: no fix',
      code: "FROM alpine:3.20\nENV MSG it's \"quoted\" text\n",
      errors: [{ line: 2, fix: null }],
      output: null,
    },
    {
      name: 'lower case, CRLF',
      code: 'from alpine:3.20\r\nenv A 1\r\n',
      errors: [{ line: 2, column: 5 }],
      output: 'from alpine:3.20\r\nenv A=1\r\n',
    },
    {
      name: 'ONBUILD trigger',
      code: 'FROM alpine:3.20\nONBUILD ENV MODE production\n',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM alpine:3.20\nONBUILD ENV MODE=production\n',
    },
    {
      name: 'backtick escape: a value with the escape character is not requoted',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV TOOLS C:\\tools bin\nENV HOME C:\\Users\n',
      errors: [{ line: 3, fix: 'safe' }, { line: 4, fix: 'safe' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV TOOLS="C:\\tools bin"\nENV HOME=C:\\Users\n',
    },
  ],
});
