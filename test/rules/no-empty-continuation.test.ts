import { testRule } from '../lib/rule-tester.js';

testRule('no-empty-continuation', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n\nRUN true\n',
    { name: 'comment lines are not empty', code: 'FROM alpine:3.20\nEXPOSE \\\n# port\n80\n' },
    { name: 'heredoc bodies may have empty lines', code: 'FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n' },
  ],
  invalid: [
    {
      name: 'one empty line',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl\n',
      errors: [{ line: 2, column: 1, endColumn: 4, severity: 'warning', fix: 'safe', message: 'line 3' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n',
    },
    {
      name: 'blank lines with spaces, CRLF, lower case',
      code: 'from alpine:3.20\r\nrun apk add \\\r\n  \r\n    gnupg \\\r\n\r\n    curl\r\n',
      errors: [{ line: 2, message: '2 empty lines' }],
      output: 'from alpine:3.20\r\nrun apk add \\\r\n    gnupg \\\r\n    curl\r\n',
    },
    {
      name: 'backtick escape with a comment line kept',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN echo a `\n  # why\n\n  b\n',
      errors: [{ line: 3, message: 'line 5' }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN echo a `\n  # why\n  b\n',
    },
  ],
});
