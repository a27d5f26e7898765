import { testRule } from '../lib/rule-tester.js';

testRule('useradd-without-no-log-init', {
  valid: [
    'FROM debian:12-slim\nRUN useradd -u 10001 -m app\n',
    { name: 'UID 99999 is under the threshold', code: 'FROM debian:12-slim\nRUN useradd --uid 99999 app\n' },
    { name: 'no UID', code: 'FROM debian:12-slim\nRUN useradd --system --create-home app\n' },
    { name: '-l given', code: 'FROM debian:12-slim\nRUN useradd -l -u 1000000 app\n' },
    { name: '-l in a bundle', code: 'FROM debian:12-slim\nRUN useradd -mlu 1000000 app\n' },
    { name: '--no-log-init after the UID', code: 'FROM debian:12-slim\nRUN useradd --uid=1000000 --no-log-init app\n' },
    { name: 'a UID from an ARG without a default is not guessed', code: 'FROM debian:12-slim\nARG APP_UID\nRUN useradd -u "$APP_UID" app\n' },
    { name: 'a UID that is not a number', code: 'FROM debian:12-slim\nRUN useradd -u "$(id -u www-data)0000" app\n' },
    { name: 'a long comment value is not a UID', code: 'FROM debian:12-slim\nRUN useradd -c 1234567 app\n' },
    { name: 'adduser is another program', code: 'FROM alpine:3.20\nRUN adduser -D -u 1000000 app\n' },
  ],
  invalid: [
    {
      name: 'short option',
      code: 'FROM debian:12-slim\nRUN useradd -u 100000 -m app\nUSER app\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 12, severity: 'warning', message: 'UID 100000', fix: 'safe' }],
      output: 'FROM debian:12-slim\nRUN useradd -l -u 100000 -m app\nUSER app\n',
    },
    {
      name: 'long option with = and attached short value',
      code: 'FROM debian:12-slim\nRUN useradd --uid=2000000000 a && useradd -u2000000000 b\n',
      errors: [{ line: 2, column: 5 }, { line: 2, column: 35 }],
      output: 'FROM debian:12-slim\nRUN useradd -l --uid=2000000000 a && useradd -l -u2000000000 b\n',
    },
    {
      name: 'UID from an ARG default, after groupadd and sudo',
      code: 'FROM ubuntu:24.04\nARG APP_UID=1000001\nRUN groupadd -g ${APP_UID} app && sudo useradd -g app -u "${APP_UID}" app\n',
      errors: [{ line: 3, column: 40, message: 'UID 1000001' }],
      output: 'FROM ubuntu:24.04\nARG APP_UID=1000001\nRUN groupadd -g ${APP_UID} app && sudo useradd -l -g app -u "${APP_UID}" app\n',
    },
    {
      name: 'variables in --uid= and in an attached -u value',
      code: 'FROM debian:12-slim\nARG APP_UID=1000001\nRUN useradd --uid=${APP_UID} a && useradd -u$APP_UID b\n',
      errors: [{ line: 3, column: 5 }, { line: 3, column: 35 }],
      output: 'FROM debian:12-slim\nARG APP_UID=1000001\nRUN useradd -l --uid=${APP_UID} a && useradd -l -u$APP_UID b\n',
    },
    {
      name: 'UID from ENV of the base stage',
      code: 'FROM debian:12-slim AS base\nENV APP_UID=500000\nFROM base\nRUN useradd -u $APP_UID app\n',
      errors: [{ line: 4, column: 5 }],
      output: 'FROM debian:12-slim AS base\nENV APP_UID=500000\nFROM base\nRUN useradd -l -u $APP_UID app\n',
    },
    {
      name: 'full path, continuation lines with a comment, CRLF, lower case',
      code: 'from debian:12-slim\r\nrun /usr/sbin/useradd \\\r\n  # a UID that matches the host\r\n  -u 123456 app\r\n',
      errors: [{ line: 2, column: 5, endColumn: 22 }],
      output: 'from debian:12-slim\r\nrun /usr/sbin/useradd -l \\\r\n  # a UID that matches the host\r\n  -u 123456 app\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12-slim\nRUN groupadd -g 123456 app `\n    && useradd -u 123456 -g app app\n',
      errors: [{ line: 4, column: 8 }],
      output: '# escape=`\nFROM debian:12-slim\nRUN groupadd -g 123456 app `\n    && useradd -l -u 123456 -g app app\n',
    },
    {
      name: 'ONBUILD RUN',
      code: 'FROM debian:12-slim\nONBUILD RUN useradd -u 654321 builder\n',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12-slim\nONBUILD RUN useradd -l -u 654321 builder\n',
    },
    {
      name: 'heredoc script: a pure insertion stays safe',
      code: 'FROM debian:12-slim\nRUN <<EOF\nset -e\nuseradd -u 100000 app\nEOF\n',
      errors: [{ line: 4, column: 1, fix: 'safe' }],
      output: 'FROM debian:12-slim\nRUN <<EOF\nset -e\nuseradd -l -u 100000 app\nEOF\n',
    },
  ],
});
