import { testRule } from '../lib/rule-tester.js';

testRule('copy-from-unknown-stage', {
  valid: [
    'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n',
    { name: 'stage index', code: 'FROM golang:1.22\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=0 /out/app /app\n' },
    { name: 'image with a tag', code: 'FROM python:3.12-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.8.15 /uv /uvx /bin/\n' },
    { name: 'image with a digest', code: 'FROM alpine:3.20\nCOPY --from=busybox@sha256:0123456789abcdef /bin/busybox /bin/\n' },
    { name: 'case-insensitive stage name (hadolint reports it)', code: 'FROM golang:1.22 AS Build\nRUN go build .\nFROM alpine:3.20\nCOPY --from=build /go/app /app\n' },
    { name: 'variable without value', code: 'ARG SRC\nFROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /x /x\n' },
    { name: 'variable naming a stage', code: 'ARG SRC=build\nFROM golang:1.22 AS build\nFROM alpine:3.20\nARG SRC\nCOPY --from=$SRC /x /x\n' },
    { name: 'own stage is left to copy-from-own-stage', code: 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b\n' },
    { name: 'ONBUILD COPY names a stage of another build', code: 'FROM alpine:3.20\nONBUILD COPY --from=builder /a /b\n' },
  ],
  invalid: [
    {
      name: 'misspelt stage',
      code: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=biuld /out/app /usr/local/bin/app\n',
      errors: [{ line: 4, column: 6, endLine: 4, endColumn: 18, severity: 'warning', message: 'names no stage of this file', fix: null }],
      output: null,
    },
    {
      name: 'stage defined later',
      code: 'FROM alpine:3.20 AS app\nCOPY --from=build /out/app /app\nFROM golang:1.22 AS build\n',
      errors: [{ line: 2, column: 6, message: 'defined later (line 3)' }],
      output: null,
    },
    {
      name: 'index out of range',
      code: 'FROM alpine:3.20\nCOPY --from=2 /a /b\n',
      errors: [{ line: 2, column: 6, message: 'there is no stage 2' }],
      output: null,
    },
    {
      name: 'index of a later stage',
      code: 'FROM alpine:3.20\nCOPY --from=1 /a /b\nFROM alpine:3.20\n',
      errors: [{ line: 2, message: 'defined later' }],
      output: null,
    },
    {
      name: 'lower case, CRLF',
      code: 'from alpine:3.20\r\ncopy --from=builder /a /b\r\n',
      errors: [{ line: 2, column: 6, endColumn: 20 }],
      output: null,
    },
    {
      name: 'continuation with a comment, backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nCOPY `\n# from the tools image\n  --from=tools /a /b\n',
      errors: [{ line: 5, column: 3 }],
      output: null,
    },
  ],
});
