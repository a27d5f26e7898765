import { testRule } from '../lib/rule-tester.js';

testRule('npm-unpinned', {
  valid: [
    'FROM node:22\nRUN npm install -g typescript@5.6.3 @angular/cli@18\n',
    { name: 'from package.json', code: 'FROM node:22\nRUN npm ci && npm install && npm install --omit dev\n' },
    { name: 'git at a commit, tarballs, folders', code: 'FROM node:22\nRUN npm i git+https://github.com/org/repo#v1.0.0 ./pkg.tgz ../lib\n' },
    { name: 'npm run', code: 'FROM node:22\nRUN npm run install\n' },
  ],
  invalid: [
    {
      name: 'unpinned, scoped, latest',
      code: 'FROM node:22\nRUN npm install -g typescript @angular/cli pnpm@latest\n',
      errors: [{ line: 2, column: 5, endColumn: 16, severity: 'info', message: 'installs typescript, @angular/cli, pnpm@latest without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment',
      code: 'from node:22\r\nrun npm i -g \\\r\n    # cli\r\n    serve\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM node:22\nRUN npm install -g `\n    serve\n',
      errors: [{ line: 3, column: 5 }],
      output: null,
    },
  ],
});
