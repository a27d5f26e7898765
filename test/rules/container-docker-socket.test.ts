import { testRule } from '../lib/rule-tester.js';

testRule('container-docker-socket', {
  valid: ['services:\n  api:\n    image: x\n    volumes:\n      - ./docker.sock:/var/run/docker.sock\n      - data:/data\n'],
  invalid: [
    {
      code: 'services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock:ro\n',
      errors: [{ line: 5, column: 9, severity: 'error', fix: 'display-only' }],
      output: null,
    },
    {
      name: 'long syntax, /run/docker.sock with a trailing slash',
      code: 'services:\n  ci:\n    image: x\n    volumes:\n      - type: bind\n        source: /run/docker.sock/\n        target: /var/run/docker.sock\n',
      errors: [{ line: 5, column: 9 }],
      output: null,
    },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run -d -v /var/run/docker.sock:/var/run/docker.sock:ro traefik:v3.1\n',
      errors: [{ line: 1, column: 18, fix: 'display-only' }],
      output: null,
    },
  ],
});
