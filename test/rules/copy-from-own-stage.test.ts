import { testRule } from '../lib/rule-tester.js';

testRule('copy-from-own-stage', {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /app\n',
    { name: 'no --from', code: 'FROM alpine:3.20 AS app\nCOPY app /app\n' },
    { name: 'ONBUILD trigger', code: 'FROM alpine:3.20 AS app\nONBUILD COPY --from=app /a /b\n' },
  ],
  invalid: [
    {
      name: 'own name',
      code: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nCOPY --from=build /out/app /usr/local/bin/app\n',
      errors: [{ line: 3, column: 6, endColumn: 18, severity: 'error', fix: null }],
      output: null,
    },
    {
      name: 'own name in other case, lower-case keywords',
      code: 'from alpine:3.20 as App\ncopy --from=app /a /b\n',
      errors: [{ line: 2, column: 6 }],
      output: null,
    },
    {
      name: 'own index',
      code: 'FROM alpine:3.20\nRUN true\nFROM alpine:3.20\nCOPY --from=1 /a /b\n',
      errors: [{ line: 4, column: 6 }],
      output: null,
    },
    {
      name: 'through an ARG, CRLF',
      code: 'FROM alpine:3.20 AS app\r\nARG SRC=app\r\nCOPY --from=$SRC /a /b\r\n',
      errors: [{ line: 3, column: 6, message: '--from=$SRC' }],
      output: null,
    },
  ],
});
