import { testRule } from '../lib/rule-tester.js';

testRule('from-platform-flag-const', {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n',
    'FROM alpine:3.20\n',
    { name: 'per-platform stages', code: 'FROM --platform=linux/amd64 alpine:3.20 AS build_amd64\nFROM --platform=linux/arm64 alpine:3.20 AS build-arm64\nARG TARGETARCH\nFROM build_${TARGETARCH}\n' },
    { name: 'a value that is not a platform is left to the builder', code: 'FROM --platform=not/a/real/one alpine:3.20\n' },
  ],
  invalid: [
    {
      name: 'constant platform',
      code: 'FROM --platform=linux/amd64 node:20-slim AS web\nRUN npm ci\n',
      errors: [{ line: 1, column: 6, endColumn: 28, severity: 'warning', fix: null }],
      output: null,
    },
    {
      name: 'architecture spelled x86_64 is amd64; lower case, CRLF',
      code: 'from --platform=linux/x86_64 alpine:3.20 as build_x86\r\n',
      errors: [{ line: 1, column: 6 }],
      output: null,
    },
  ],
});
