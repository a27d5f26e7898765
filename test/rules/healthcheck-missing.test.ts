import { testRule } from '../lib/rule-tester.js';

testRule('healthcheck-missing', {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK CMD wget -q --spider http://localhost/ || exit 1\n',
    { name: 'HEALTHCHECK NONE in a stage the final one builds on', code: 'FROM alpine:3.20 AS base\nHEALTHCHECK NONE\nFROM base\nCOPY a /a\n' },
    { name: 'only the final stage matters', code: 'FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nHEALTHCHECK CMD ["/app", "health"]\n' },
  ],
  invalid: [
    {
      name: 'reported on the final FROM, with a display-only template',
      code: 'FROM golang:1.23 AS build\nHEALTHCHECK NONE\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
      errors: [{ line: 3, column: 1, endColumn: 17, severity: 'info', fix: 'display-only' }],
      output: null,
    },
    {
      name: 'CRLF, lower case, ONBUILD HEALTHCHECK is for later builds',
      code: 'from alpine:3.20\r\nonbuild healthcheck cmd true\r\n',
      errors: [{ line: 1, column: 1 }],
      output: null,
    },
  ],
});
