import { testRule } from '../lib/rule-tester.js';

const options = { labelSchema: { maintainer: 'email', 'org.opencontainers.image.source': 'url' } };

testRule('label-missing', {
  valid: [
    { name: 'inactive without a schema', code: 'FROM alpine:3.20\n' },
    { name: 'all present', code: 'FROM alpine:3.20\nLABEL maintainer="team@example.com" org.opencontainers.image.source="https://github.com/example/app"\n', options },
    { name: 'inherited from the base stage', code: 'FROM alpine:3.20 AS base\nLABEL maintainer=a@b.c org.opencontainers.image.source=https://x.y\nFROM base\nRUN true\n', options },
    { name: 'build stages are exempt', code: 'FROM golang:1.22 AS build\nRUN go build .\nFROM alpine:3.20\nLABEL maintainer=a@b.c org.opencontainers.image.source=https://x.y\nCOPY --from=build /app /app\n', options },
  ],
  invalid: [
    {
      name: 'one missing',
      code: 'FROM alpine:3.20\nLABEL maintainer="team@example.com"\n',
      options,
      errors: [{ line: 1, column: 1, endColumn: 17, severity: 'info', message: 'org.opencontainers.image.source', fix: null }],
      output: null,
    },
    {
      name: 'both missing, lower case, CRLF',
      code: 'from alpine:3.20\r\nrun true\r\n',
      options,
      errors: [{ line: 1, message: 'maintainer' }, { line: 1, message: 'source' }],
      output: null,
    },
    {
      name: 'continued FROM with a comment, ONBUILD LABEL does not count, backtick escape',
      code: '# escape=`\nFROM `\n# base\n  alpine:3.20\nONBUILD LABEL maintainer=a@b.c org.opencontainers.image.source=https://x.y\n',
      options,
      errors: [{ line: 2, column: 1 }, { line: 2, column: 1 }],
      output: null,
    },
  ],
});
