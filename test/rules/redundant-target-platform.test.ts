import { testRule } from '../lib/rule-tester.js';

testRule('redundant-target-platform', {
  valid: [
    'FROM --platform=$BUILDPLATFORM golang:1.22\n',
    { name: 'other text around the variable', code: 'FROM --platform=linux/$TARGETARCH alpine:3.20\n' },
    { name: 'a global ARG gives TARGETPLATFORM its own default', code: 'ARG TARGETPLATFORM=linux/arm64\nFROM --platform=$TARGETPLATFORM alpine:3.20\n' },
  ],
  invalid: [
    {
      name: '$TARGETPLATFORM',
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN true\n',
      errors: [{ line: 1, column: 6, endColumn: 32, severity: 'info', fix: 'safe' }],
      output: 'FROM alpine:3.20\nRUN true\n',
    },
    {
      name: '${TARGETPLATFORM} in quotes, lower case, CRLF',
      code: 'from --platform="${TARGETPLATFORM}" alpine:3.20 as base\r\n',
      errors: [{ line: 1, column: 6 }],
      output: 'from alpine:3.20 as base\r\n',
    },
    {
      name: 'flag on a continued line',
      code: 'FROM \\\n  --platform=$TARGETPLATFORM \\\n  alpine:3.20\n',
      errors: [{ line: 2, column: 3 }],
      output: 'FROM \\\n  alpine:3.20\n',
    },
  ],
});
