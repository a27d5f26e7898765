import { testRule } from '../lib/rule-tester.js';

testRule('from-as-casing', {
  valid: [
    'FROM golang:1.22 AS build\nFROM alpine:3.20\n',
    'from golang:1.22 as build\n',
    { name: 'mixed-case FROM is left to consistent-instruction-casing', code: 'From golang:1.22 as build\n' },
    { name: 'no stage name', code: 'FROM alpine:3.20\n' },
  ],
  invalid: [
    {
      name: 'upper FROM, lower as',
      code: 'FROM golang:1.22 as build\nRUN go build ./...\n',
      errors: [{ line: 1, column: 18, endColumn: 20, severity: 'style', fix: 'safe' }],
      output: 'FROM golang:1.22 AS build\nRUN go build ./...\n',
    },
    {
      name: 'lower from, upper AS, CRLF',
      code: 'from golang:1.22 AS build\r\nrun go build ./...\r\n',
      errors: [{ line: 1, column: 18 }],
      output: 'from golang:1.22 as build\r\nrun go build ./...\r\n',
    },
    {
      name: 'flags and a continuation before AS',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.22 \\\n  As build\n',
      errors: [{ line: 2, column: 3, endColumn: 5 }],
      output: 'FROM --platform=$BUILDPLATFORM golang:1.22 \\\n  AS build\n',
    },
    {
      name: 'backtick escape, second stage',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nFROM base as final\n',
      errors: [{ line: 3, column: 11 }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nFROM base AS final\n',
    },
  ],
});
