import { testRule } from '../lib/rule-tester.js';

testRule('wget-without-progress', {
  valid: [
    'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/a.tgz\n',
    { name: '-q and -nv', code: 'FROM debian:12\nRUN wget -q https://example.com/a && wget -nv https://example.com/b\n' },
    { name: 'bundled -qO-', code: 'FROM debian:12\nRUN wget -qO- https://example.com/install.sh | sh\n' },
    { name: 'a log file', code: 'FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/a\n' },
    { name: 'options from an ARG (hadolint #970)', code: 'FROM debian:12\nARG WGET_ARGS="--progress=dot:giga"\nRUN wget ${WGET_ARGS} https://example.com/a\n' },
    { name: 'options from an ARG without a value', code: 'FROM debian:12\nARG WGET_ARGS\nRUN wget $WGET_ARGS https://example.com/a\n' },
    { name: '-e progress', code: 'FROM debian:12\nRUN wget -e progress=dot:mega https://example.com/a\n' },
  ],
  invalid: [
    {
      name: 'Debian: safe',
      code: 'FROM debian:12-slim\nRUN wget https://example.com/tool.tar.gz\n',
      errors: [{ line: 2, column: 5, endColumn: 9, severity: 'info', fix: 'safe' }],
      output: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n',
    },
    {
      name: 'Alpine with BusyBox wget: display-only',
      code: 'FROM alpine:3.20\nRUN wget https://example.com/a\n',
      errors: [{ line: 2, column: 5, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'Alpine after apk add wget: safe',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache wget && wget -O /a https://example.com/a\n',
      errors: [{ line: 2, column: 32, fix: 'safe' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache wget && wget --progress=dot:giga -O /a https://example.com/a\n',
    },
    {
      name: 'unknown base image: unsafe',
      code: 'FROM example.com/base:1\nRUN sudo wget https://example.com/a\n',
      errors: [{ line: 2, column: 10, fix: 'unsafe' }],
      output: 'FROM example.com/base:1\nRUN sudo wget --progress=dot:giga https://example.com/a\n',
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from debian:12\r\nrun wget \\\r\n    # the archive\r\n    https://example.com/a.tgz\r\n',
      errors: [{ line: 2, column: 5 }],
      output: 'from debian:12\r\nrun wget --progress=dot:giga \\\r\n    # the archive\r\n    https://example.com/a.tgz\r\n',
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM debian:12\nONBUILD RUN wget `\n    https://example.com/a\n',
      errors: [{ line: 3, column: 13 }],
      output: '# escape=`\nFROM debian:12\nONBUILD RUN wget --progress=dot:giga `\n    https://example.com/a\n',
    },
  ],
});
