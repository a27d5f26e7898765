import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';
import { applyEdits } from '../../src/engine/text.js';
import { lintOptionsFor, testRule } from '../lib/rule-tester.js';

testRule('image-tag-latest', {
  valid: [
    'FROM node:20.18-bookworm-slim\n',
    { name: 'no tag is the other rule', code: 'FROM node\n' },
    { name: 'latest pinned by digest', code: 'FROM alpine:latest@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\n' },
    { name: 'scratch and stages', code: 'FROM golang:1.22 AS latest\nFROM latest\nFROM scratch\n' },
    { name: 'a tag that only contains the word', code: 'FROM example/app:latest-rc1\n' },
  ],
  invalid: [
    {
      name: 'latest',
      code: 'FROM python:latest\nCMD ["python"]\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 19, severity: 'warning', fix: 'display-only', message: '`python:latest` moves' }],
      output: null,
    },
    {
      name: 'registry, lower case, CRLF',
      code: 'from mcr.microsoft.com/dotnet/sdk:latest as build\r\n',
      errors: [{ line: 1, column: 6, endColumn: 41, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'latest from an ARG: reported, no suggestion',
      code: 'ARG TAG=latest\nFROM redis:$TAG\n',
      errors: [{ line: 2, column: 6, message: '`redis:latest`', fix: null }],
      output: null,
    },
  ],
});

describe('image-tag-latest suggestion', () => {
  it('replaces latest with a placeholder', () => {
    const code = 'FROM ghcr.io/acme/base:latest AS base\n';
    const [finding] = lint(new SourceFile('Dockerfile', code), lintOptionsFor('image-tag-latest', { code }));
    expect(finding?.fix?.title).toBe('Pin a version: FROM ghcr.io/acme/base:<version>');
    expect(applyEdits(code, finding?.fix?.edits ?? [])).toBe('FROM ghcr.io/acme/base:<version> AS base\n');
  });
});
