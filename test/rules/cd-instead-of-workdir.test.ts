import { testRule } from '../lib/rule-tester.js';

testRule('cd-instead-of-workdir', {
  valid: [
    'FROM node:20\nWORKDIR /usr/src/app\nRUN npm ci\n',
    { name: 'cd in a subshell (hadolint reports it)', code: 'FROM debian:12\nRUN git clone https://example.com/jo.git /tmp/jo && (cd /tmp/jo && make install) && rm -rf /tmp/jo\n' },
    { name: 'cd in $( )', code: 'FROM debian:12\nRUN echo "$(cd /opt && pwd)"\n' },
    { name: 'the word cd as an argument', code: 'FROM debian:12\nRUN echo cd /x\n' },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["sh", "-c", "cd /x && make"]\n' },
  ],
  invalid: [
    {
      name: 'a WORKDIR follows: safe',
      code: 'FROM node:20\nCOPY . /usr/src/app\nRUN cd /usr/src/app && npm ci\nWORKDIR /srv\nCMD ["node", "server.js"]\n',
      errors: [{ line: 3, column: 5, endColumn: 20, severity: 'info', fix: 'safe' }],
      output: 'FROM node:20\nCOPY . /usr/src/app\nWORKDIR /usr/src/app\nRUN npm ci\nWORKDIR /srv\nCMD ["node", "server.js"]\n',
      unsafe: false,
    },
    {
      name: 'later instructions would see the directory: unsafe',
      code: 'FROM node:20\nRUN cd /app && npm ci\nCMD ["node", "server.js"]\n',
      errors: [{ line: 2, column: 5, fix: 'unsafe' }],
      output: 'FROM node:20\nWORKDIR /app\nRUN npm ci\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'unsafe is not applied by --fix alone',
      code: 'FROM node:20\nRUN cd /app && npm ci\n',
      errors: [{ line: 2, fix: 'unsafe' }],
      output: null,
      unsafe: false,
    },
    {
      name: 'continuation after the cd, flags kept, lower case',
      code: 'from node:20\nrun --mount=type=cache,target=/root/.npm cd /app && \\\n    npm ci\nworkdir /srv\n',
      errors: [{ line: 2, column: 42, fix: 'safe' }],
      output: 'from node:20\nworkdir /app\nrun --mount=type=cache,target=/root/.npm npm ci\nworkdir /srv\n',
    },
    {
      name: 'a comment after the cd: no fix',
      code: 'FROM node:20\nRUN cd /app && \\\n  # install\n  npm ci\nWORKDIR /srv\n',
      errors: [{ line: 2, column: 5, fix: null }],
      output: null,
    },
    {
      name: 'cd later in the RUN: reported, no fix',
      code: 'FROM debian:12\nRUN tar -xf /tmp/src.tar -C /tmp && cd /tmp/src && make install && cd / && rm -rf /tmp/src\n',
      errors: [{ line: 2, column: 37, fix: null }, { line: 2, column: 68, fix: null }],
      output: null,
    },
    {
      name: 'cd to a variable: no fix',
      code: 'FROM debian:12\nRUN cd "$HOME" && make\n',
      errors: [{ line: 2, fix: null }],
      output: null,
    },
    {
      name: 'CRLF and backtick escape',
      code: '# escape=`\r\nFROM debian:12\r\nRUN cd /src && `\r\n  make\r\nWORKDIR /\r\n',
      errors: [{ line: 3, column: 5, fix: 'safe' }],
      output: '# escape=`\r\nFROM debian:12\r\nWORKDIR /src\r\nRUN make\r\nWORKDIR /\r\n',
    },
    {
      name: 'ONBUILD: reported, no fix',
      code: 'FROM node:20\nONBUILD RUN cd /app && npm ci\n',
      errors: [{ line: 2, column: 13, fix: null }],
      output: null,
    },
  ],
});
