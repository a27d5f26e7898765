import { testRule } from '../lib/rule-tester.js';

testRule('container-runs-as-root', {
  valid: [
    'services:\n  api:\n    image: node:20-bookworm-slim\n    user: node\n',
    { name: 'an image that runs as non-root', code: 'services:\n  app:\n    image: gcr.io/distroless/nodejs20-debian12:nonroot\n' },
    { name: 'an entrypoint that drops to its own user', code: 'services:\n  db:\n    image: postgres:16\n' },
    { name: 'a Dockerfile whose final stage sets USER', code: 'services:\n  api:\n    build: ./api\n', context: { 'api/Dockerfile': 'FROM node:20-slim\nUSER node\nCMD ["node", "server.js"]\n' } },
    { name: 'an unreadable Dockerfile says nothing', code: 'services:\n  api:\n    build: .\n' },
    { name: 'user from the environment', code: 'services:\n  api:\n    image: alpine:3.20\n    user: ${APP_UID}\n' },
    { name: 'user through a merge key', code: 'x-app: &app\n  user: "1000:1000"\nservices:\n  api:\n    <<: *app\n    image: alpine:3.20\n' },
    { name: 'image facts from config', code: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n', images: [{ image: 'ghcr.io/acme/*', nonRoot: true }] },
  ],
  invalid: [
    {
      name: 'the user the Dockerfile creates',
      code: 'services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile.prod\n    ports:\n      - "127.0.0.1:3000:3000"\n',
      context: { 'api/Dockerfile.prod': 'FROM node:20-slim\nRUN useradd --system app\nCOPY . /app\nCMD ["node", "/app/server.js"]\n' },
      errors: [{ line: 2, column: 3, endColumn: 6, message: '`./api/Dockerfile.prod` sets no other user', fix: 'unsafe' }],
      output: 'services:\n  api:\n    build:\n      context: ./api\n      dockerfile: Dockerfile.prod\n    ports:\n      - "127.0.0.1:3000:3000"\n    user: "app"\n',
    },
    {
      name: 'the user the image ships',
      code: 'services:\n  web:\n    image: node:20-alpine\n',
      errors: [{ line: 2, message: '`node:20-alpine` sets no other user' }],
      output: 'services:\n  web:\n    image: node:20-alpine\n    user: "node"\n',
    },
    {
      name: 'an unknown image: a high uid, four-space indentation, CRLF',
      code: 'services:\r\n    worker:\r\n        image: ghcr.io/acme/worker:1.4.2\r\n',
      errors: [{ line: 2, column: 5 }],
      output: 'services:\r\n    worker:\r\n        image: ghcr.io/acme/worker:1.4.2\r\n        user: "10001:10001"\r\n',
    },
    {
      name: 'a comment after the last key is kept above the new line',
      code: 'services:\n  worker:\n    image: alpine:3.20 # the base\n  # next service\n  other:\n    image: busybox:1.36\n    user: nobody\n',
      errors: [{ line: 2 }],
      output: 'services:\n  worker:\n    image: alpine:3.20 # the base\n    user: "10001:10001"\n  # next service\n  other:\n    image: busybox:1.36\n    user: nobody\n',
    },
    {
      name: 'explicit root is reported on the value, without a fix',
      code: 'services:\n  tool:\n    image: alpine:3.20\n    user: "0:0"\n',
      errors: [{ line: 4, column: 11, message: 'runs as root (`user: 0:0`)', fix: null }],
      output: null,
    },
    {
      name: 'a flow-style service',
      code: 'services:\n  tool: {image: alpine:3.20}\n',
      errors: [{ line: 2 }],
      output: 'services:\n  tool: {image: alpine:3.20, user: "10001:10001"}\n',
    },
    {
      name: 'docker run: --user after `run`; an explicit root user has no fix',
      fileName: 'deploy.sh',
      code: 'docker run -d alpine:3.20 sleep 600\ndocker run -u root alpine:3.20 id\n',
      errors: [{ line: 1, column: 1, message: 'set `--user` to a non-root user', fix: 'unsafe' }, { line: 2, column: 15, message: 'runs as root (`--user root`)', fix: null }],
      output: 'docker run --user 10001:10001 -d alpine:3.20 sleep 600\ndocker run -u root alpine:3.20 id\n',
    },
  ],
});
