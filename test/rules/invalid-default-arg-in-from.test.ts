import { testRule } from '../lib/rule-tester.js';

testRule('invalid-default-arg-in-from', {
  valid: [
    'ARG TAG=3.20\nFROM alpine:${TAG}\n',
    { name: 'may be empty', code: 'ARG VARIANT\nFROM busybox:stable${VARIANT}\n' },
    { name: 'a fallback', code: 'ARG TAG\nFROM alpine:${TAG:-3.14}\n' },
    { name: 'a stage by variable', code: 'ARG TARGETARCH\nFROM alpine:3.20 AS build-amd64\nFROM build-${TARGETARCH}\n' },
    { name: 'quoted defaults: the builder removes the quotes', code: 'ARG TAG="3.20"\nARG IMG=\'alpine\'\nFROM ${IMG}:${TAG}\n' },
    { name: 'registry with a port and a digest', code: `ARG REG=localhost:5000\nFROM \${REG}/team/app@sha256:${'a'.repeat(64)}\n` },
  ],
  invalid: [
    {
      name: 'empty tag',
      code: 'ARG TAG\nFROM busybox:${TAG}\n',
      errors: [{ line: 2, column: 6, endColumn: 20, severity: 'warning', fix: null, message: '`busybox:`' }],
      output: null,
    },
    {
      name: 'empty image; lower case, CRLF',
      code: 'arg BASE\r\nfrom $BASE as base\r\n',
      errors: [{ line: 2, column: 6, message: 'empty' }],
      output: null,
    },
    {
      name: 'upper case in the path',
      code: 'ARG ORG=MyOrg\nFROM docker.io/${ORG}/app:1\n',
      errors: [{ line: 2, column: 6 }],
      output: null,
    },
  ],
});
