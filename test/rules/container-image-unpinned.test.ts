import { testRule } from '../lib/rule-tester.js';

testRule('container-image-unpinned', {
  valid: [
    'services:\n  cache:\n    image: redis:7.4-alpine\n',
    'services:\n  cache:\n    image: redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
    { name: 'a built image is named, not pulled', code: 'services:\n  api:\n    build: .\n    image: acme/api\n' },
    { name: 'a variable', code: 'services:\n  api:\n    image: ghcr.io/acme/api:${TAG}\n' },
  ],
  invalid: [
    { code: 'services:\n  cache:\n    image: redis\n', errors: [{ line: 3, column: 12, endColumn: 17, message: 'has no tag', fix: 'display-only' }], output: null },
    { name: 'latest, quoted, registry with a port', code: 'services:\n  api:\n    image: "registry.local:5000/acme/api:latest"\n', errors: [{ line: 3, column: 12, message: 'moves with every release' }], output: null },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run -d redis\ndocker run -d redis:7.2 redis-server\n',
      errors: [{ line: 1, column: 15, endColumn: 20, message: 'has no tag' }],
      output: null,
    },
  ],
});
