import { testRule } from '../lib/rule-tester.js';

testRule('add-instead-of-copy', {
  valid: [
    'FROM alpine:3.20\nCOPY app /app\n',
    { name: 'URL', code: 'FROM alpine:3.20\nADD https://example.com/tool.bin /usr/local/bin/tool\n' },
    { name: 'git repository', code: 'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\nADD https://github.com/moby/buildkit.git#v0.13.0 /bk\n' },
    { name: 'local tar archives are unpacked by ADD', code: 'FROM alpine:3.20\nADD rootfs.tar.gz /\nADD vendor.tgz /opt/\nADD data.tar.xz data.tar.bz2 /data/\nADD img.tar.zst /img/\nADD BACKUP.TAR /b/\n' },
    { name: 'archive through an ARG', code: 'FROM alpine:3.20\nARG BUNDLE=app-1.2.tar.gz\nADD ${BUNDLE} /opt/\n' },
    { name: 'ARG without a value: unknown source', code: 'FROM alpine:3.20\nARG SRC\nADD $SRC /opt/\n' },
    { name: 'exec form URL', code: 'FROM alpine:3.20\nADD ["https://example.com/a b.txt", "/x/"]\n' },
    { name: 'ADD with only a destination is not looked at', code: 'FROM alpine:3.20\nADD /x\n' },
    { name: 'glob of archives', code: 'FROM alpine:3.20\nADD dist/*.tar.gz /opt/\n' },
  ],
  invalid: [
    {
      name: 'plain file',
      code: 'FROM alpine:3.20\nADD app.py /app/\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 4, severity: 'warning', fix: 'safe' }],
      output: 'FROM alpine:3.20\nCOPY app.py /app/\n',
    },
    {
      name: 'several sources, directory, flags COPY has too',
      code: 'FROM node:20\nADD --chown=node:node --chmod=644 --link package.json src/ /app/\n',
      errors: [{ line: 2, column: 1, fix: 'safe' }],
      output: 'FROM node:20\nCOPY --chown=node:node --chmod=644 --link package.json src/ /app/\n',
    },
    {
      name: 'lower-case keyword keeps its casing',
      code: 'from alpine:3.20\nadd . /src\n',
      errors: [{ line: 2, column: 1, endColumn: 4 }],
      output: 'from alpine:3.20\ncopy . /src\n',
    },
    {
      name: 'mixed-case keyword takes the file casing',
      code: 'FROM alpine:3.20\nAdd . /src\nRUN true\n',
      errors: [{ line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nCOPY . /src\nRUN true\n',
    },
    {
      name: 'exec form',
      code: 'FROM alpine:3.20\nADD ["my file.txt", "/data/"]\n',
      errors: [{ line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nCOPY ["my file.txt", "/data/"]\n',
    },
    {
      name: 'ONBUILD trigger',
      code: 'FROM alpine:3.20\nONBUILD ADD . /app/src\n',
      errors: [{ line: 2, column: 9, endColumn: 12 }],
      output: 'FROM alpine:3.20\nONBUILD COPY . /app/src\n',
    },
    {
      name: 'CRLF and a continuation with a comment inside',
      code: 'FROM alpine:3.20\r\nADD config.yml \\\r\n  # the settings\r\n  /etc/app/\r\n',
      errors: [{ line: 2, column: 1 }],
      output: 'FROM alpine:3.20\r\nCOPY config.yml \\\r\n  # the settings\r\n  /etc/app/\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nADD app.exe `\n    C:\\app\\\n',
      errors: [{ line: 3, column: 1 }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app.exe `\n    C:\\app\\\n',
    },
    {
      name: 'source from an ARG with a value',
      code: 'FROM alpine:3.20\nARG CONF=nginx.conf\nADD ${CONF} /etc/nginx/\n',
      errors: [{ line: 3, column: 1 }],
      output: 'FROM alpine:3.20\nARG CONF=nginx.conf\nCOPY ${CONF} /etc/nginx/\n',
    },
    {
      name: 'heredoc source',
      code: 'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n',
      errors: [{ line: 2, column: 1 }],
      output: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\n',
    },
    {
      name: 'a glob without an extension may match an archive: unsafe',
      code: 'FROM alpine:3.20\nADD assets/* /srv/\n',
      errors: [{ line: 2, column: 1, fix: 'unsafe' }],
      output: 'FROM alpine:3.20\nCOPY assets/* /srv/\n',
    },
    {
      name: 'unsafe fixes not applied without the option',
      code: 'FROM alpine:3.20\nADD assets/* /srv/\n',
      unsafe: false,
      errors: [{ line: 2, fix: 'unsafe' }],
      output: null,
    },
    {
      name: 'ADD-only flag: no fix',
      code: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d app.bin /app/\n',
      errors: [{ line: 2, column: 1, message: '--checksum', fix: null }],
      output: null,
    },
    {
      name: 'local file mixed with an archive: no fix',
      code: 'FROM alpine:3.20\nADD rootfs.tar.gz README.md /\n',
      errors: [{ line: 2, column: 1, message: 'separate `COPY`', fix: null }],
      output: null,
    },
    {
      name: 'one finding per ADD, in order',
      code: 'FROM alpine:3.20 AS a\nADD a /a\nFROM a\nADD b /b\n',
      errors: [{ line: 2 }, { line: 4 }],
      output: 'FROM alpine:3.20 AS a\nCOPY a /a\nFROM a\nCOPY b /b\n',
    },
  ],
});
