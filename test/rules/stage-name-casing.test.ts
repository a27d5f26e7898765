import { testRule } from '../lib/rule-tester.js';

testRule('stage-name-casing', {
  valid: ['FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n', { name: 'unnamed stage', code: 'FROM Alpine\n' }],
  invalid: [
    {
      name: 'name and every kind of reference',
      code: 'FROM golang:1.22 AS Builder\nRUN go build -o /app .\nFROM Builder AS Test\nFROM alpine:3.20\nCOPY --from=Builder /app /app\nRUN --mount=type=bind,from=BUILDER,target=/src ls /src\n',
      errors: [
        { line: 1, column: 21, endColumn: 28, severity: 'style', fix: 'safe' },
        { line: 3, column: 17, endColumn: 21 },
      ],
      output: 'FROM golang:1.22 AS builder\nRUN go build -o /app .\nFROM builder AS test\nFROM alpine:3.20\nCOPY --from=builder /app /app\nRUN --mount=type=bind,from=builder,target=/src ls /src\n',
    },
    {
      name: 'a reference with a variable makes the fix unsafe',
      code: 'ARG V=a\nFROM alpine:3.20 AS Build-a\nFROM build-${V}\n',
      errors: [{ line: 2, column: 21, fix: 'unsafe' }],
      output: 'ARG V=a\nFROM alpine:3.20 AS build-a\nFROM build-${V}\n',
    },
    {
      name: 'lower-case keywords, CRLF, numeric --from untouched',
      code: 'from golang:1.22 as Build\r\nfrom alpine:3.20\r\ncopy --from=0 /a /a\r\ncopy --from=Build /b /b\r\n',
      errors: [{ line: 1, column: 21 }],
      output: 'from golang:1.22 as build\r\nfrom alpine:3.20\r\ncopy --from=0 /a /a\r\ncopy --from=build /b /b\r\n',
    },
    {
      name: 'ONBUILD COPY --from belongs to another build; continuation with a comment',
      code: 'FROM golang:1.22 AS Gen\nFROM alpine:3.20\nONBUILD COPY --from=Gen /x /x\nCOPY \\\n  # from the generator\n  --from=Gen /y /y\n',
      errors: [{ line: 1, column: 21 }],
      output: 'FROM golang:1.22 AS gen\nFROM alpine:3.20\nONBUILD COPY --from=Gen /x /x\nCOPY \\\n  # from the generator\n  --from=gen /y /y\n',
    },
  ],
});
