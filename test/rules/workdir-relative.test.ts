import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';
import { applyEdits } from '../../src/engine/text.js';
import { lintOptionsFor, testRule } from '../lib/rule-tester.js';

testRule('workdir-relative', {
  valid: [
    'FROM alpine:3.20\nWORKDIR /app\n',
    { name: 'variables, as hadolint accepts', code: 'FROM alpine:3.20\nWORKDIR $HOME\nWORKDIR ${APP_HOME}/src\n' },
    { name: 'Windows paths', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\nWORKDIR c:/tools\nWORKDIR \\\\build\n' },
    { name: 'quoted absolute path', code: 'FROM alpine:3.20\nWORKDIR "/my app"\n' },
  ],
  invalid: [
    {
      name: 'after an absolute WORKDIR: exact, safe',
      code: 'FROM node:20\nWORKDIR /usr/src\nWORKDIR app\n',
      errors: [{ line: 3, column: 9, endLine: 3, endColumn: 12, severity: 'warning', fix: 'safe' }],
      output: 'FROM node:20\nWORKDIR /usr/src\nWORKDIR /usr/src/app\n',
    },
    {
      name: 'dot segments are resolved like the builder does',
      code: 'FROM node:20\nWORKDIR /srv/www/\nWORKDIR ./public/../static/\n',
      errors: [{ line: 3, column: 9, fix: 'safe' }],
      output: 'FROM node:20\nWORKDIR /srv/www/\nWORKDIR /srv/www/static\n',
    },
    {
      name: 'chained relative WORKDIRs',
      code: 'FROM node:20\nWORKDIR /app\nWORKDIR src\nWORKDIR lib\n',
      errors: [{ line: 3, fix: 'safe' }, { line: 4, fix: 'safe' }],
      output: 'FROM node:20\nWORKDIR /app\nWORKDIR /app/src\nWORKDIR /app/src/lib\n',
    },
    {
      name: 'the base stage\'s WORKDIR counts',
      code: 'FROM node:20 AS base\nWORKDIR /app\nFROM base AS test\nWORKDIR tests\n',
      errors: [{ line: 4, column: 9, fix: 'safe' }],
      output: 'FROM node:20 AS base\nWORKDIR /app\nFROM base AS test\nWORKDIR /app/tests\n',
    },
    {
      name: 'only the base image before it: display-only',
      code: 'FROM nginx:1.27\nWORKDIR usr/share/nginx/html\n',
      errors: [{ line: 2, column: 9, endColumn: 29, fix: 'display-only', message: 'Relative `WORKDIR usr/share/nginx/html`' }],
      output: null,
    },
    {
      name: 'an earlier WORKDIR with a variable: display-only',
      code: 'FROM node:20\nWORKDIR $HOME\nWORKDIR app\n',
      errors: [{ line: 3, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'lower case and CRLF',
      code: 'from python:3.12\r\nworkdir /srv\r\nworkdir app\r\n',
      errors: [{ line: 3, column: 9, fix: 'safe' }],
      output: 'from python:3.12\r\nworkdir /srv\r\nworkdir /srv/app\r\n',
    },
    {
      name: 'backtick escape file',
      code: '# escape=`\nFROM alpine:3.20\nWORKDIR /opt\nWORKDIR tool\n',
      errors: [{ line: 4, column: 9, fix: 'safe' }],
      output: '# escape=`\nFROM alpine:3.20\nWORKDIR /opt\nWORKDIR /opt/tool\n',
    },
    {
      name: 'a comment line before the path is kept',
      code: 'FROM alpine:3.20\nWORKDIR /opt\nWORKDIR \\\n  # where the tool lives\n  tool\n',
      errors: [{ line: 5, column: 3, fix: 'safe' }],
      output: 'FROM alpine:3.20\nWORKDIR /opt\nWORKDIR \\\n  # where the tool lives\n  /opt/tool\n',
    },
    {
      name: 'a comment line inside the path: no fix',
      code: 'FROM alpine:3.20\nWORKDIR /opt\nWORKDIR to\\\n# split\nol\n',
      errors: [{ line: 3, column: 9, endLine: 5, endColumn: 3, fix: null }],
      output: null,
    },
    {
      name: 'ONBUILD trigger: runs in another build, no fix',
      code: 'FROM node:20\nWORKDIR /app\nONBUILD WORKDIR src\n',
      errors: [{ line: 3, column: 17, fix: null }],
      output: null,
    },
    {
      name: 'path with a space: no fix',
      code: 'FROM node:20\nWORKDIR /app\nWORKDIR my dir\n',
      errors: [{ line: 3, fix: null }],
      output: null,
    },
  ],
});

describe('workdir-relative suggestions', () => {
  const suggestion = (code: string) => {
    const [finding] = lint(new SourceFile('Dockerfile', code), lintOptionsFor('workdir-relative', { code }));
    return { title: finding?.fix?.title, applicability: finding?.fix?.applicability, text: applyEdits(code, finding?.fix?.edits ?? []) };
  };

  it('assumes the base image works in / when nothing else is known', () => {
    expect(suggestion('FROM nginx:1.27\nWORKDIR usr/share/nginx/html\n')).toEqual({
      title: 'Use an absolute path: `/usr/share/nginx/html` if the base image works in `/`',
      applicability: 'display-only',
      text: 'FROM nginx:1.27\nWORKDIR /usr/share/nginx/html\n',
    });
  });

  it('keeps a variable as written and does not resolve `..` across it', () => {
    expect(suggestion('FROM node:20\nWORKDIR $HOME\nWORKDIR ../app\n')).toEqual({
      title: 'Use an absolute path such as `$HOME/../app`',
      applicability: 'display-only',
      text: 'FROM node:20\nWORKDIR $HOME\nWORKDIR $HOME/../app\n',
    });
  });
});
