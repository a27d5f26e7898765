import { testRule } from '../lib/rule-tester.js';

testRule('duplicate-stage-name', {
  valid: [
    'FROM golang:1.22 AS build-api\nFROM node:20 AS build-web\nFROM alpine:3.20\n',
    { name: 'unnamed stages', code: 'FROM alpine:3.20\nFROM alpine:3.20\n' },
  ],
  invalid: [
    {
      name: 'same name twice',
      code: 'FROM golang:1.22 AS build\nRUN go build ./...\nFROM node:20 AS build\nRUN npm ci\n',
      errors: [{ line: 3, column: 17, endColumn: 22, severity: 'error', message: 'line 1', fix: null }],
      output: null,
    },
    {
      name: 'names differing in case (hadolint misses it), lower-case keywords',
      code: 'from golang:1.22 as Build\nfrom node:20 as build\n',
      errors: [{ line: 2, column: 17 }],
      output: null,
    },
    {
      name: 'three times, CRLF',
      code: 'FROM a:1 AS x\r\nFROM b:1 AS x\r\nFROM c:1 AS x\r\n',
      errors: [{ line: 2, column: 13 }, { line: 3, column: 13 }],
      output: null,
    },
    {
      name: 'continued FROM with a comment, backtick escape',
      code: '# escape=`\nFROM alpine:3.20 AS tools\nFROM alpine:3.20 `\n# again\n  AS tools\n',
      errors: [{ line: 5, column: 6 }],
      output: null,
    },
  ],
});
