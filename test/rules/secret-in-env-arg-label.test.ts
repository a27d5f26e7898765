import { testRule } from '../lib/rule-tester.js';

testRule('secret-in-env-arg-label', {
  valid: [
    'FROM node:20\nENV NODE_ENV=production\n',
    { name: 'BuildKit\'s allowed words and names that only contain a secret word', code: 'FROM node:20\nENV PASSWORD_FILE=/run/secrets/db PUBLIC_KEY=abc KEY_VERSION=2 MONKEY=1 TOKENIZER=bert\n' },
    { name: 'ARGs before the first FROM are not checked', code: 'ARG GITHUB_TOKEN\nFROM alpine:3.20\n' },
    { name: 'label names are not checked, only values', code: 'FROM alpine:3.20\nLABEL api_key_docs="https://example.com/keys" url="postgres://db/app"\n' },
    { name: 'a URL whose password is a variable', code: 'FROM alpine:3.20\nENV DATABASE_URL=postgres://app:${DB_PW}@db/app\n' },
  ],
  invalid: [
    {
      name: 'by name: ARG without a value counts too',
      code: 'FROM node:20\nARG NPM_TOKEN\nENV A=1 DB_PASSWORD=hunter2\n',
      errors: [
        { line: 2, column: 5, endColumn: 14, severity: 'warning', message: 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN', fix: 'display-only' },
        { line: 3, column: 9, endColumn: 28, severity: 'warning' },
      ],
      output: null,
    },
    {
      name: 'by value shape, whatever the name; the value is never printed',
      code: 'FROM alpine:3.20\nENV DATABASE_URL=postgres://app:hunter2@db/app\nLABEL build-note="AKIAABCDEFGHIJKLMNOP"\nARG GH=ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ\n',
      errors: [
        { line: 2, column: 5, severity: 'error', message: 'a URL with a password' },
        { line: 3, column: 7, severity: 'error', message: 'an AWS access key ID' },
        { line: 4, column: 5, severity: 'error', message: 'a GitHub token' },
      ],
      output: null,
    },
    {
      name: 'CRLF, lower case, ONBUILD, legacy ENV form',
      code: 'from alpine:3.20\r\nonbuild env api_key=x\r\nenv SECRET_MESSAGE hello\r\n',
      errors: [{ line: 2, column: 13 }, { line: 3, column: 5 }],
      output: null,
    },
    {
      name: 'a private key in a continued ENV with a backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nENV SSH_PRIVATE="-----BEGIN OPENSSH PRIVATE KEY-----" `\n    OTHER=1\n',
      errors: [{ line: 3, column: 5, severity: 'error', message: 'a private key' }],
      output: null,
    },
  ],
});
