import { testRule } from '../lib/rule-tester.js';

testRule('copy-destination-missing-slash', {
  valid: [
    'FROM python:3.12-slim\nCOPY requirements.txt setup.py /app/\n',
    { name: 'one source', code: 'FROM python:3.12-slim\nCOPY requirements.txt /app\n' },
    { name: 'flags are not sources (old hadolint counted them)', code: 'FROM python:3.12-slim\nCOPY --link --chown=app:app ./Dockerfile /Dockerfile\n' },
    { name: 'exec form with slash', code: 'FROM python:3.12-slim\nCOPY ["a b.txt", "c.txt", "/app/"]\n' },
    { name: 'destination from a variable without value', code: 'FROM python:3.12-slim\nARG DEST\nCOPY a b $DEST\n' },
    { name: 'destination from a variable ending in /', code: 'FROM python:3.12-slim\nARG DEST=/app/\nCOPY a b $DEST\n' },
    { name: 'one heredoc', code: 'FROM alpine:3.20\nCOPY <<EOF /etc/app.conf\nkey = value\nEOF\n' },
  ],
  invalid: [
    {
      name: 'two sources',
      code: 'FROM python:3.12-slim\nCOPY requirements.txt setup.py /app\n',
      errors: [{ line: 2, column: 32, endColumn: 36, severity: 'error', fix: 'safe' }],
      output: 'FROM python:3.12-slim\nCOPY requirements.txt setup.py /app/\n',
    },
    {
      name: 'ADD, quoted destination, lower case, CRLF',
      code: 'from alpine:3.20\r\nadd a.txt b.txt "/srv"\r\n',
      errors: [{ line: 2, column: 17, fix: 'safe' }],
      output: 'from alpine:3.20\r\nadd a.txt b.txt "/srv/"\r\n',
    },
    {
      name: 'exec form',
      code: 'FROM alpine:3.20\nCOPY ["a.txt", "b.txt", "/app"]\n',
      errors: [{ line: 2, column: 25, fix: 'safe' }],
      output: 'FROM alpine:3.20\nCOPY ["a.txt", "b.txt", "/app/"]\n',
    },
    {
      name: 'relative destination, continuation with a comment',
      code: 'FROM alpine:3.20\nWORKDIR /app\nCOPY a.txt \\\n  # and b\n  b.txt .\n',
      errors: [{ line: 5, column: 9, fix: 'safe' }],
      output: 'FROM alpine:3.20\nWORKDIR /app\nCOPY a.txt \\\n  # and b\n  b.txt ./\n',
    },
    {
      name: 'ONBUILD, backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nONBUILD COPY a b /srv\n',
      errors: [{ line: 3, column: 18, fix: 'safe' }],
      output: '# escape=`\nFROM alpine:3.20\nONBUILD COPY a b /srv/\n',
    },
    {
      name: 'two heredocs',
      code: 'FROM alpine:3.20\nCOPY <<A <<B /etc\na\nA\nb\nB\n',
      errors: [{ line: 2, column: 14, fix: 'safe' }],
      output: 'FROM alpine:3.20\nCOPY <<A <<B /etc/\na\nA\nb\nB\n',
    },
  ],
});
