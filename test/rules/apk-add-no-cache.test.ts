import { testRule } from '../lib/rule-tester.js';

testRule('apk-add-no-cache', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl ca-certificates\n',
    { name: 'before add, and after the packages', code: 'FROM alpine:3.20\nRUN apk --no-cache add curl && apk add git --no-cache\n' },
    { name: 'a virtual package group', code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && apk del .build-deps\n' },
    { name: 'a cache mount on /var/cache/apk', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk ln -s /var/cache/apk /etc/apk/cache && apk add curl\n' },
    { name: 'a cache mount on /etc/apk/cache', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl\n' },
    { name: 'other subcommands', code: 'FROM alpine:3.20\nRUN apk update && apk upgrade --no-cache && apk del curl\n' },
    { name: 'a value that reads like a subcommand', code: 'FROM alpine:3.20\nRUN apk --repository add info\n' },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n' },
  ],
  invalid: [
    {
      name: 'apk add',
      code: 'FROM alpine:3.20\nRUN apk add curl\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 12, severity: 'info', fix: 'safe' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    },
    {
      name: 'update before and cleanup after are left as they are',
      code: 'FROM alpine:3.20\nRUN apk update && apk add --update curl && rm -rf /var/cache/apk/*\n',
      errors: [{ line: 2, column: 19, endColumn: 26 }],
      output: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache --update curl && rm -rf /var/cache/apk/*\n',
    },
    {
      name: 'options before add, with values',
      code: 'FROM alpine:3.20\nRUN apk -U --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing add hub\n',
      errors: [{ line: 2, column: 5, endColumn: 79 }],
      output: 'FROM alpine:3.20\nRUN apk -U --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing add --no-cache hub\n',
    },
    {
      name: 'every apk add of the RUN, through sudo',
      code: 'FROM alpine:3.20\nRUN apk add curl; sudo apk add git\n',
      errors: [{ line: 2, column: 5 }, { line: 2, column: 24 }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl; sudo apk add --no-cache git\n',
    },
    {
      name: 'a tmpfs elsewhere does not help',
      code: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/tmp apk add curl\n',
      errors: [{ line: 2, column: 36 }],
      output: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/tmp apk add --no-cache curl\n',
    },
    {
      name: 'continuation lines with a comment, CRLF, lower case',
      code: 'from alpine:3.20\r\nrun apk add \\\r\n    # runtime libraries\r\n    libstdc++ \\\r\n    tzdata\r\n',
      errors: [{ line: 2, column: 5, endColumn: 12 }],
      output: 'from alpine:3.20\r\nrun apk add --no-cache \\\r\n    # runtime libraries\r\n    libstdc++ \\\r\n    tzdata\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nRUN apk update `\n    && apk add git\n',
      errors: [{ line: 4, column: 8 }],
      output: '# escape=`\nFROM alpine:3.20\nRUN apk update `\n    && apk add --no-cache git\n',
    },
    {
      name: 'ONBUILD RUN',
      code: 'FROM alpine:3.20\nONBUILD RUN apk add make\n',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache make\n',
    },
    {
      name: 'heredoc script',
      code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF\n',
      errors: [{ line: 4, column: 1, fix: 'safe' }],
      output: 'FROM alpine:3.20\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF\n',
    },
  ],
});
