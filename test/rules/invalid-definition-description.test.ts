import { testRule } from '../lib/rule-tester.js';

testRule('invalid-definition-description', {
  valid: [
    '# build-cli builds the CLI\nFROM alpine:3.20 AS build-cli\n# VERSION of the program\nARG VERSION=1\n',
    { name: 'a blank line separates the comment', code: '# not a description\n\nFROM alpine:3.20 AS base\n' },
    { name: 'unnamed stage', code: '# any comment\nFROM alpine:3.20\n' },
    { name: 'parser directives are not comments', code: '# syntax=docker/dockerfile:1\nARG VERSION=1\nFROM alpine:3.20\n' },
  ],
  invalid: [
    { code: '# a non-descriptive comment\nFROM scratch AS base\n\n# another non-descriptive comment\nARG VERSION=1\n', errors: [{ line: 1, column: 1, message: 'describes `base`' }, { line: 4, message: 'describes `VERSION`' }], output: null },
  ],
});
