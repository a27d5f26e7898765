import { testRule } from '../lib/rule-tester.js';

const options = { trustedRegistries: ['registry.example.com', '*.gcr.io'] };

testRule('untrusted-registry', {
  valid: [
    { name: 'inactive without a list', code: 'FROM node:20-slim\nCOPY --from=ghcr.io/astral-sh/uv:0.8 /uv /bin/\n' },
    { name: 'trusted registry', code: 'FROM registry.example.com/mirror/node:20-slim\n', options },
    { name: 'wildcard', code: 'FROM eu.gcr.io/distroless/static\n', options },
    { name: 'scratch and stages', code: 'FROM registry.example.com/golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\nFROM build\n', options },
    { name: 'Docker Hub allowed by docker.io', code: 'FROM node:20-slim\n', options: { trustedRegistries: ['docker.io'] } },
    { name: 'variable without value', code: 'ARG BASE\nFROM $BASE\n', options },
  ],
  invalid: [
    {
      name: 'Docker Hub image',
      code: 'FROM node:20-slim\n',
      options,
      errors: [{ line: 1, column: 6, endColumn: 18, severity: 'error', message: 'docker.io', fix: null }],
      output: null,
    },
    {
      name: 'other registry through an ARG, lower case, CRLF',
      code: 'arg BASE=ghcr.io/example/base:1\r\nfrom ${BASE}\r\n',
      options,
      errors: [{ line: 2, column: 6, message: 'ghcr.io' }],
      output: null,
    },
    {
      name: 'COPY --from an image (hadolint checks FROM only), continuation with a comment',
      code: 'FROM registry.example.com/python:3.12\nCOPY \\\n  # uv binary\n  --from=ghcr.io/astral-sh/uv:0.8 /uv /bin/\n',
      options,
      errors: [{ line: 4, column: 3 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n',
      options,
      errors: [{ line: 2, column: 6 }],
      output: null,
    },
  ],
});
