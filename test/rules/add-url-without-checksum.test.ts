import { testRule } from '../lib/rule-tester.js';

testRule('add-url-without-checksum', {
  valid: [
    'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tgz /tmp/\n',
    { name: 'git pinned to a commit, local files', code: 'FROM alpine:3.20\nADD https://github.com/a/b.git#0123456789abcdef0123456789abcdef01234567 /src\nADD app.tar.gz /opt/\n' },
    { name: 'an ARG without a value', code: 'FROM alpine:3.20\nARG URL\nADD $URL /tmp/\n' },
  ],
  invalid: [
    {
      name: 'URL, git branch, git over ssh',
      code: 'FROM alpine:3.20\nADD https://example.com/a.tgz /tmp/\nADD https://github.com/a/b.git#v1.0 /src\nADD git@github.com:a/b.git /src3\n',
      errors: [
        { line: 2, column: 5, endColumn: 30, severity: 'warning', fix: 'display-only' },
        { line: 3, column: 5, fix: null },
        { line: 4, column: 5, fix: null },
      ],
      output: null,
    },
    {
      name: 'several sources: no placement for --checksum',
      code: 'FROM alpine:3.20\nADD local.txt https://example.com/c /dst/\n',
      errors: [{ line: 2, column: 15, fix: null }],
      output: null,
    },
    {
      name: 'CRLF, lower case, ONBUILD, exec form, ARG value',
      code: 'from alpine:3.20\r\narg BASE=https://example.com\r\nonbuild add ["${BASE}/x", "/x"]\r\n',
      errors: [{ line: 3, column: 14, fix: 'display-only' }],
      output: null,
    },
  ],
});
