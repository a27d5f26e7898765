import { describe, expect, it } from 'vitest';
import { worldWritableMode } from '../../rules/lib/chmod.js';
import { testRule } from '../lib/rule-tester.js';

describe('worldWritableMode', () => {
  it.each([
    ['777', '775'],
    ['0777', '0775'],
    ['666', '664'],
    ['0002', '0000'],
    ['7', '5'],
    ['2777', '2775'],
    ['a+w', 'ug+w'],
    ['a+rwx', 'ug+rwx,o+rx'],
    ['ugo+rwx', 'ug+rwx,o+rx'],
    ['a=rwx', 'ug=rwx,o=rx'],
    ['a=w', 'ug=w,o='],
    ['o=rwx', 'o=rx'],
    ['go+w', 'g+w'],
    ['u+x,o+w', 'u+x'],
    ['o+w-x', 'o-x'],
    ['a+rwX', 'ug+rwX,o+rX'],
    ['o+w', null],
  ])('%s -> %s', (mode, fixed) => {
    expect(worldWritableMode(mode)).toEqual({ fixed });
  });

  it.each(['755', '0644', '1777', '775', '+w', '=rwx', 'u+w', 'g+w', 'a+w,o-w', 'a+rwxt', 'o+w,+t', 'o=u', 'a-w', 'go-w', 'x+y', '', '99', '17777'])('%s is not reported', (mode) => {
    expect(worldWritableMode(mode)).toBeNull();
  });

  it('reports a copy that ends with write for others, without a fix', () => {
    expect(worldWritableMode('o=u,o+w')).toEqual({ fixed: null });
  });
});

testRule('world-writable', {
  valid: [
    'FROM alpine:3.20\nRUN chmod 755 /usr/local/bin/app\n',
    { name: 'sticky shared directory', code: 'FROM alpine:3.20\nRUN mkdir -p /shared && chmod 1777 /shared\n' },
    { name: 'plain +w respects the umask', code: 'FROM alpine:3.20\nRUN chmod +w /app/config\n' },
    { name: 'mode from a variable', code: 'FROM alpine:3.20\nRUN chmod "$MODE" /app\n' },
    { name: 'reference file', code: 'FROM alpine:3.20\nRUN chmod --reference=/etc/passwd /app\n' },
    { name: 'COPY --chmod without others write', code: 'FROM alpine:3.20\nCOPY --chmod=0755 run.sh /usr/local/bin/\n' },
    { name: 'ARG without a value', code: 'FROM alpine:3.20\nARG MODE\nCOPY --chmod=$MODE run.sh /\n' },
    { name: 'chmod as an argument of echo', code: 'FROM alpine:3.20\nRUN echo chmod 777 /x\n' },
  ],
  invalid: [
    {
      name: 'chmod -R 777',
      code: 'FROM node:20\nRUN mkdir -p /app/data && chmod -R 777 /app/data\n',
      errors: [{ line: 2, column: 36, endLine: 2, endColumn: 39, severity: 'warning', fix: 'unsafe', message: '`chmod 777`' }],
      output: 'FROM node:20\nRUN mkdir -p /app/data && chmod -R 775 /app/data\n',
    },
    {
      name: 'symbolic modes behind sudo',
      code: 'FROM ubuntu:24.04\nRUN sudo chmod a+rwx /srv && chmod u+x,o+w /opt/tool\n',
      errors: [
        { line: 2, column: 16, endColumn: 21 },
        { line: 2, column: 36, endColumn: 43 },
      ],
      output: 'FROM ubuntu:24.04\nRUN sudo chmod ug+rwx,o+rx /srv && chmod u+x /opt/tool\n',
    },
    {
      name: 'COPY and ADD --chmod; ONBUILD',
      code: 'FROM alpine:3.20\nCOPY --chmod=777 start.sh /usr/local/bin/\nONBUILD ADD --chown=app --chmod=0666 conf/ /etc/app/\n',
      errors: [
        { line: 2, column: 14, endColumn: 17, message: '`--chmod=777`' },
        { line: 3, column: 33, endColumn: 37 },
      ],
      output: 'FROM alpine:3.20\nCOPY --chmod=775 start.sh /usr/local/bin/\nONBUILD ADD --chown=app --chmod=0664 conf/ /etc/app/\n',
    },
    {
      name: 'mkdir -m, install --mode=, find -exec chmod',
      code: 'FROM debian:12\nRUN mkdir -pm 777 /cache \\\n && install --mode=666 app.conf /etc/ \\\n && find /var/www -type d -exec chmod 777 {} +\n',
      errors: [
        { line: 2, column: 15, endColumn: 18, message: '`mkdir -m 777`' },
        { line: 3, column: 20, endColumn: 23, message: '`install -m 666`' },
        { line: 4, column: 39, endColumn: 42 },
      ],
      output: 'FROM debian:12\nRUN mkdir -pm 775 /cache \\\n && install --mode=664 app.conf /etc/ \\\n && find /var/www -type d -exec chmod 775 {} +\n',
    },
    {
      name: 'lower case, CRLF, a comment inside the continuation',
      code: 'from alpine:3.20\r\nrun mkdir /data \\\r\n  # open it up\r\n  && chmod 0777 /data\r\n',
      errors: [{ line: 4, column: 12, endColumn: 16 }],
      output: 'from alpine:3.20\r\nrun mkdir /data \\\r\n  # open it up\r\n  && chmod 0775 /data\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nRUN touch /log `\n && chmod 666 /log\n',
      errors: [{ line: 4, column: 11 }],
      output: '# escape=`\nFROM alpine:3.20\nRUN touch /log `\n && chmod 664 /log\n',
    },
    {
      name: 'heredoc script',
      code: 'FROM alpine:3.20\nRUN <<EOF\nmkdir /data\nchmod a=rwx /data\nEOF\n',
      errors: [{ line: 4, column: 7, endColumn: 12 }],
      output: 'FROM alpine:3.20\nRUN <<EOF\nmkdir /data\nchmod ug=rwx,o=rx /data\nEOF\n',
    },
    {
      name: '--chmod from an ARG: reported, no fix',
      code: 'FROM alpine:3.20\nARG MODE=777\nCOPY --chmod=$MODE run.sh /\n',
      errors: [{ line: 3, column: 14, message: '`--chmod=777`', fix: null }],
      output: null,
    },
    {
      name: 'quoted mode: reported, no fix',
      code: 'FROM alpine:3.20\nRUN chmod "777" /x\n',
      errors: [{ line: 2, column: 11, fix: null }],
      output: null,
    },
    {
      name: 'o+w alone: nothing would remain, no fix',
      code: 'FROM alpine:3.20\nRUN chmod o+w /x\n',
      errors: [{ line: 2, column: 11, fix: null }],
      output: null,
    },
    {
      name: 'unsafe fix not applied without the option',
      code: 'FROM alpine:3.20\nRUN chmod 777 /x\n',
      unsafe: false,
      errors: [{ line: 2, fix: 'unsafe' }],
      output: null,
    },
  ],
});
