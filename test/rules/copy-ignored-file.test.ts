import { testRule } from '../lib/rule-tester.js';

const context = { '.dockerignore': '# secrets\n.env\n*.log\nbuild/\n**/node_modules\n!build/keep.txt\n' };

testRule('copy-ignored-file', {
  valid: [
    { name: 'no .dockerignore', code: 'FROM node:20\nCOPY .env /app/\n' },
    { name: 'not excluded', code: 'FROM node:20\nCOPY package.json src/ /app/\n', context },
    { name: '*.log is anchored at the root', code: 'FROM node:20\nCOPY logs/app.log /app/\n', context },
    { name: 're-included by !', code: 'FROM node:20\nCOPY build/keep.txt /app/\n', context },
    { name: 'from another stage', code: 'FROM node:20 AS b\nFROM node:20\nCOPY --from=b .env /app/\n', context },
  ],
  invalid: [
    {
      name: 'a file and a file under an excluded folder',
      code: 'FROM node:20\nCOPY ./.env build/app.js /app/\n',
      context,
      errors: [
        { line: 2, column: 6, endColumn: 12, severity: 'warning', fix: null },
        { line: 2, column: 13, endColumn: 25 },
      ],
      output: null,
    },
    {
      name: '** spans folders; exec form; lower case, CRLF',
      code: 'from node:20\r\ncopy ["web/node_modules/x", "/app/"]\r\n',
      context,
      errors: [{ line: 2, column: 7 }],
      output: null,
    },
    {
      name: 'ADD with a variable filled in',
      code: 'FROM node:20\nARG LOG=debug.log\nADD $LOG /tmp/\n',
      context,
      errors: [{ line: 3, column: 5, message: '`debug.log`' }],
      output: null,
    },
  ],
});
