import { testRule } from '../lib/rule-tester.js';

testRule('undefined-arg-in-from', {
  valid: [
    'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\n',
    { name: 'declared without a default', code: 'ARG TAG\nFROM alpine:$TAG\n' },
    { name: 'automatic platform ARGs', code: 'FROM --platform=$BUILDPLATFORM golang:1.22\nFROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20\n' },
    { name: 'a default in the reference', code: 'FROM alpine:${TAG:-3.20}\n' },
  ],
  invalid: [
    {
      name: 'typo: display-only suggestion',
      code: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSON}-slim\n',
      errors: [{ line: 2, column: 11, endColumn: 25, severity: 'warning', fix: 'display-only', message: 'did you mean `NODE_VERSION`' }],
      output: null,
    },
    {
      name: 'declared only inside a stage; lower case, CRLF',
      code: 'from alpine:3.20\r\narg BASE=debian\r\nfrom $BASE\r\n',
      errors: [{ line: 3, column: 6, endColumn: 11, fix: null }],
      output: null,
    },
    {
      name: 'in --platform, on a continued line',
      code: 'FROM \\\n  --platform=$PLATFORM alpine:3.20\n',
      errors: [{ line: 2, column: 14 }],
      output: null,
    },
  ],
});
