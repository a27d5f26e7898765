import { testRule } from '../lib/rule-tester.js';

testRule('yarn-cache-not-cleaned', {
  valid: [
    'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    { name: 'a cache mount', code: 'FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n' },
    { name: 'a mount on --cache-folder', code: 'FROM node:22-slim\nRUN --mount=type=cache,target=/yarn-cache yarn install --cache-folder /yarn-cache/v6\n' },
    { name: 'a builder stage', code: 'FROM node:22 AS build\nRUN yarn install && yarn build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n' },
    { name: 'yarn run', code: 'FROM node:22-slim\nRUN yarn build\n' },
  ],
  invalid: [
    {
      name: 'yarn install',
      code: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile\n',
      errors: [{ line: 2, column: 5, endColumn: 17, severity: 'info', fix: 'safe' }],
      output: 'FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    },
    {
      name: 'a bare yarn installs too',
      code: 'FROM node:22-slim\nRUN yarn && yarn build\n',
      errors: [{ line: 2, column: 5, endColumn: 9, message: '`yarn`' }],
      output: 'FROM node:22-slim\nRUN yarn && yarn build && yarn cache clean\n',
    },
    {
      name: 'yarn global add, CRLF, lower case, continuation with a comment',
      code: 'from node:22-slim\r\nrun yarn global add \\\r\n    # the cli\r\n    serve@14.2.4\r\n',
      errors: [{ line: 2, column: 5 }],
      output: 'from node:22-slim\r\nrun yarn global add \\\r\n    # the cli\r\n    serve@14.2.4 && yarn cache clean\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM node:22-slim\nRUN yarn install `\n    --production\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM node:22-slim\nRUN yarn install `\n    --production && yarn cache clean\n',
    },
  ],
});
