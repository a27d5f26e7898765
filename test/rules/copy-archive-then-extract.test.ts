import { testRule } from '../lib/rule-tester.js';

testRule('copy-archive-then-extract', {
  valid: [
    'FROM debian:12-slim\nADD vendor/tool-1.4.tar.gz /opt/\n',
    { name: 'zip files are not unpacked by ADD (hadolint reports them)', code: 'FROM debian:12-slim\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt\n' },
    { name: 'gunzip of a lone .gz', code: 'FROM debian:12-slim\nCOPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n' },
    { name: 'strip-components cannot be done by ADD', code: 'FROM debian:12-slim\nCOPY node.tar.xz /tmp/\nRUN tar -xJf /tmp/node.tar.xz -C /usr/local --strip-components=1\n' },
    { name: 'copied, not extracted', code: 'FROM debian:12-slim\nCOPY dist.tar.gz /srv/\nRUN ls /srv\n' },
    { name: 'from another stage', code: 'FROM debian:12-slim AS b\nFROM debian:12-slim\nCOPY --from=b /out/app.tar /tmp/\nRUN tar -xf /tmp/app.tar -C /opt\n' },
    { name: 'only some members', code: 'FROM debian:12-slim\nCOPY app.tar /tmp/\nRUN tar -xf /tmp/app.tar bin/app\n' },
    { name: 'another stage extracts', code: 'FROM debian:12-slim\nCOPY app.tar /tmp/\nFROM debian:12-slim\nRUN tar -xf /tmp/app.tar\n' },
  ],
  invalid: [
    {
      name: 'copy then tar -xzf',
      code: 'FROM debian:12-slim\nCOPY vendor/tool-1.4.tar.gz /tmp/\nRUN tar -xzf /tmp/tool-1.4.tar.gz -C /opt && rm /tmp/tool-1.4.tar.gz\n',
      errors: [{ line: 2, column: 1, endColumn: 34, severity: 'info', message: 'unpacked on line 3', fix: null }],
      output: null,
    },
    {
      name: 'old-style bundle, renamed on copy, lower case, CRLF',
      code: 'from alpine:3.20\r\ncopy release-v2.tgz /tmp/app.tgz\r\nrun tar xzf /tmp/app.tgz -C /srv\r\n',
      errors: [{ line: 2, column: 1 }],
      output: null,
    },
    {
      name: 'long options across a continuation with a comment',
      code: 'FROM alpine:3.20\nCOPY app.tar.xz /tmp/\nRUN tar --extract \\\n  # unpack\n  --file=/tmp/app.tar.xz --directory=/opt\n',
      errors: [{ line: 2, column: 1 }],
      output: null,
    },
  ],
});
