import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';
import { applyEdits } from '../../src/engine/text.js';
import { lintOptionsFor, testRule } from '../lib/rule-tester.js';

testRule('copy-relative-destination-without-workdir', {
  valid: [
    'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n',
    { name: 'absolute destination', code: 'FROM python:3.12-slim\nCOPY requirements.txt /app/\n' },
    { name: 'variable destination', code: 'FROM python:3.12-slim\nARG DEST\nCOPY a $DEST\n' },
    { name: 'Windows path', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\\\app\\\\\n' },
    { name: 'WORKDIR in the base stage', code: 'FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n' },
    { name: 'ONBUILD COPY after a WORKDIR anywhere in the stage', code: 'FROM python:3.12\nONBUILD COPY requirements.txt .\nWORKDIR /usr/src/app\n' },
  ],
  invalid: [
    {
      name: 'dot destination',
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nWORKDIR /app\n',
      errors: [{ line: 2, column: 23, endColumn: 24, severity: 'warning', fix: 'display-only' }],
      output: null,
    },
    {
      name: 'ADD too, lower case, CRLF',
      code: 'from alpine:3.20\r\nadd conf/ ./etc/app/\r\n',
      errors: [{ line: 2, column: 11, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'WORKDIR after the COPY does not count; continuation with a comment',
      code: 'FROM alpine:3.20\nCOPY a \\\n  # destination\n  app/\nWORKDIR /srv\n',
      errors: [{ line: 4, column: 3 }],
      output: null,
    },
    {
      name: 'ONBUILD without any WORKDIR, backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nONBUILD COPY . src\n',
      errors: [{ line: 3, column: 16 }],
      output: null,
    },
    {
      name: 'quoted: no suggestion',
      code: 'FROM alpine:3.20\nCOPY a "b"\n',
      errors: [{ line: 2, column: 8, fix: null }],
      output: null,
    },
  ],
});

describe('copy-relative-destination-without-workdir suggestion', () => {
  const suggest = (code: string) => {
    const [finding] = lint(new SourceFile('Dockerfile', code), lintOptionsFor('copy-relative-destination-without-workdir', { code }));
    return applyEdits(code, finding?.fix?.edits ?? []);
  };
  it('shows the destination under /', () => {
    expect(suggest('FROM alpine:3.20\nCOPY requirements.txt .\n')).toBe('FROM alpine:3.20\nCOPY requirements.txt /\n');
    expect(suggest('FROM alpine:3.20\nCOPY conf/ ./etc/app/\n')).toBe('FROM alpine:3.20\nCOPY conf/ /etc/app/\n');
  });
});
