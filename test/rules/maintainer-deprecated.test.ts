import { testRule } from '../lib/rule-tester.js';

testRule('maintainer-deprecated', {
  valid: [
    'FROM alpine:3.20\nLABEL maintainer="Jane Doe <jane@example.com>"\n',
    { name: 'the word in a RUN', code: 'FROM alpine:3.20\nRUN echo MAINTAINER\n' },
  ],
  invalid: [
    {
      name: 'name and email',
      code: 'FROM debian:12-slim\nMAINTAINER Jane Doe <jane@example.com>\nRUN true\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 39, severity: 'warning', fix: 'safe' }],
      output: 'FROM debian:12-slim\nLABEL maintainer="Jane Doe <jane@example.com>"\nRUN true\n',
    },
    {
      name: 'quotes, backslashes and dollars read back as written',
      code: 'FROM debian:12-slim\nMAINTAINER "The Team" \\o/ $USER  \n',
      errors: [{ line: 2, column: 1, endColumn: 32 }],
      output: 'FROM debian:12-slim\nLABEL maintainer="\\"The Team\\" \\\\o/ \\$USER"  \n',
    },
    {
      name: 'lower case',
      code: 'from alpine:3.20\nmaintainer ops@example.com\n',
      errors: [{ line: 2, column: 1 }],
      output: 'from alpine:3.20\nlabel maintainer="ops@example.com"\n',
    },
    {
      name: 'CRLF',
      code: 'FROM alpine:3.20\r\nMAINTAINER ops@example.com\r\nRUN true\r\n',
      errors: [{ line: 2, column: 1, endColumn: 27 }],
      output: 'FROM alpine:3.20\r\nLABEL maintainer="ops@example.com"\r\nRUN true\r\n',
    },
    {
      name: 'backtick escape: the escape character escapes, backslashes are plain',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nMAINTAINER DOMAIN\\jane "`x"\n',
      errors: [{ line: 3, column: 1 }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nLABEL maintainer="DOMAIN\\jane `"``x`""\n',
    },
    {
      name: 'continuation lines are joined as the builder joins them',
      code: 'FROM alpine:3.20\nMAINTAINER Jane \\\n  Doe\n',
      errors: [{ line: 2, column: 1, endLine: 3, endColumn: 6 }],
      output: 'FROM alpine:3.20\nLABEL maintainer="Jane   Doe"\n',
    },
    {
      name: 'a comment inside the instruction: no fix',
      code: 'FROM alpine:3.20\nMAINTAINER Jane \\\n  # the owner\n  Doe\n',
      errors: [{ line: 2, fix: null }],
      output: null,
    },
    {
      name: 'in a later stage',
      code: 'FROM golang:1.22 AS build\nRUN go build ./...\nFROM gcr.io/distroless/static\nMAINTAINER Team <team@example.com>\n',
      errors: [{ line: 4, column: 1 }],
      output: 'FROM golang:1.22 AS build\nRUN go build ./...\nFROM gcr.io/distroless/static\nLABEL maintainer="Team <team@example.com>"\n',
    },
  ],
});
