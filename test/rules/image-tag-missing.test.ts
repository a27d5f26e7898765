import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';
import { applyEdits } from '../../src/engine/text.js';
import { lintOptionsFor, testRule } from '../lib/rule-tester.js';

testRule('image-tag-missing', {
  valid: [
    'FROM node:20.18-bookworm-slim\n',
    { name: 'scratch', code: 'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\n' },
    { name: 'stage references', code: 'FROM node:20 AS deps\nFROM deps AS build\nFROM build\n' },
    { name: 'digest', code: 'FROM alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\n' },
    { name: 'registry with a port is not a tag', code: 'FROM registry.example.com:5000/team/app:1.4.2\n' },
    { name: 'tag from an ARG', code: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n' },
    { name: 'ARG without a value: unknown', code: 'ARG BASE\nFROM $BASE\n' },
    { name: 'latest is the other rule', code: 'FROM node:latest\n' },
  ],
  invalid: [
    {
      name: 'no tag',
      code: 'FROM node\nCMD ["node"]\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 10, severity: 'warning', fix: 'display-only', message: '`node` has no tag' }],
      output: null,
    },
    {
      name: 'with a platform flag, a registry and a stage name; lower case; CRLF',
      code: 'from --platform=$BUILDPLATFORM ghcr.io/acme/builder as build\r\nrun make\r\n',
      errors: [{ line: 1, column: 32, endColumn: 52, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'image from an ARG with a value: reported, no suggestion',
      code: 'ARG BASE=python\nFROM ${BASE}\n',
      errors: [{ line: 2, column: 6, message: '`python` has no tag', fix: null }],
      output: null,
    },
    {
      name: 'every stage',
      code: 'FROM maven AS build\nRUN mvn package\nFROM eclipse-temurin\nCOPY --from=build /app.jar /\n',
      errors: [{ line: 1, column: 6 }, { line: 3, column: 6 }],
      output: null,
    },
  ],
});

describe('image-tag-missing suggestion', () => {
  it('shows where the version goes, with a placeholder', () => {
    const code = 'FROM --platform=linux/amd64 node AS app\n';
    const [finding] = lint(new SourceFile('Dockerfile', code), lintOptionsFor('image-tag-missing', { code }));
    expect(finding?.fix?.title).toBe('Pin a version: FROM node:<version>');
    expect(applyEdits(code, finding?.fix?.edits ?? [])).toBe('FROM --platform=linux/amd64 node:<version> AS app\n');
  });
});
