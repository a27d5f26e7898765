import { testRule } from '../lib/rule-tester.js';

testRule('multiple-consecutive-run', {
  valid: [
    'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'something between', code: 'FROM debian:12-slim\nRUN apt-get update\nENV X=1\nRUN apt-get install -y curl\n' },
    { name: 'different flags', code: 'FROM debian:12-slim\nRUN --mount=type=secret,id=a /a.sh\nRUN /b.sh\n' },
    { name: 'a long chain is deliberate', code: 'FROM debian:12-slim\nRUN a && b && c\nRUN d\n' },
    { name: 'different stages', code: 'FROM debian:12-slim\nRUN a\nFROM debian:12-slim\nRUN b\n' },
  ],
  invalid: [
    {
      name: 'two short RUNs: safe',
      code: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
      errors: [{ line: 3, column: 1, severity: 'info', message: 'line 2', fix: 'safe' }],
      output: 'FROM debian:12-slim\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl\n',
      unsafe: false,
    },
    {
      name: 'three in a row become one, same flags kept once',
      code: 'FROM node:20\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN --mount=type=cache,target=/root/.npm npm run build\nRUN --mount=type=cache,target=/root/.npm npm prune\n',
      errors: [{ line: 3, fix: 'safe' }, { line: 4, fix: 'safe' }],
      output: 'FROM node:20\nRUN --mount=type=cache,target=/root/.npm npm ci && \\\n    npm run build && \\\n    npm prune\n',
    },
    {
      name: 'the first changes directory: unsafe',
      code: 'FROM debian:12\nRUN cd /src\nRUN make\n',
      errors: [{ line: 3, fix: 'unsafe' }],
      output: 'FROM debian:12\nRUN cd /src && \\\n    make\n',
    },
    {
      name: 'a comment between: reported, no fix',
      code: 'FROM debian:12\nRUN apt-get update\n# tools\nRUN apt-get install -y make\n',
      errors: [{ line: 4, fix: null }],
      output: null,
    },
    {
      name: 'the second has `;`: no fix',
      code: 'FROM debian:12\nRUN make\nRUN make test; true\n',
      errors: [{ line: 3, fix: null }],
      output: null,
    },
    {
      name: 'the first ends with a shell comment: no fix',
      code: 'FROM debian:12\nRUN make # build\nRUN make test\n',
      errors: [{ line: 3, fix: null }],
      output: null,
    },
    {
      name: 'heredoc: no fix',
      code: 'FROM debian:12\nRUN <<EOF\nmake\nEOF\nRUN make test\n',
      errors: [{ line: 5, fix: null }],
      output: null,
    },
    {
      name: 'lower case, CRLF',
      code: 'from debian:12\r\nrun make\r\nrun make install\r\n',
      errors: [{ line: 3, column: 1, fix: 'safe' }],
      output: 'from debian:12\r\nrun make && \\\r\n    make install\r\n',
    },
    {
      name: 'backtick escape, first RUN continued',
      code: '# escape=`\nFROM debian:12\nRUN make `\n    all\nRUN make install\n',
      errors: [{ line: 5, fix: 'safe' }],
      output: '# escape=`\nFROM debian:12\nRUN make `\n    all && `\n    make install\n',
    },
    {
      name: 'under a non-POSIX SHELL: no fix',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host a\nRUN Write-Host b\n',
      errors: [{ line: 4, fix: null }],
      output: null,
    },
  ],
});
