import { testRule } from '../lib/rule-tester.js';

testRule('container-cap-drop-missing', {
  valid: [
    'services:\n  api:\n    image: x\n    cap_drop: [ALL]\n',
    'services:\n  api:\n    image: x\n    cap_drop:\n      - all\n    cap_add:\n      - NET_BIND_SERVICE\n',
    { name: 'privileged is container-privileged\'s', code: 'services:\n  api:\n    image: x\n    privileged: true\n' },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x\n    cap_add:\n      - NET_BIND_SERVICE\n',
      errors: [{ line: 2, column: 3, fix: 'unsafe' }],
      output: 'services:\n  api:\n    image: x\n    cap_add:\n      - NET_BIND_SERVICE\n    cap_drop:\n      - ALL\n',
    },
    {
      name: 'an existing list gets ALL in its own indentation',
      code: 'services:\n    api:\n        image: x\n        cap_drop:\n        - NET_RAW\n',
      errors: [{ line: 2 }],
      output: 'services:\n    api:\n        image: x\n        cap_drop:\n        - NET_RAW\n        - ALL\n',
    },
    {
      name: 'a flow list cannot take an item minimally: no fix',
      code: 'services:\n  api:\n    image: x\n    cap_drop: [NET_RAW]\n',
      errors: [{ line: 2, fix: null }],
      output: null,
    },
    {
      name: 'docker run: the flag goes right after `run`',
      fileName: 'deploy.sh',
      code: 'docker run -d --name api ghcr.io/acme/api:1.4.2\ndocker run --cap-drop=ALL --cap-add NET_BIND_SERVICE caddy:2.8\ndocker run --privileged docker:27-dind\n',
      errors: [{ line: 1, column: 1, endColumn: 11, message: '(`--cap-drop=ALL`)', fix: 'unsafe' }],
      output: 'docker run --cap-drop ALL -d --name api ghcr.io/acme/api:1.4.2\ndocker run --cap-drop=ALL --cap-add NET_BIND_SERVICE caddy:2.8\ndocker run --privileged docker:27-dind\n',
    },
  ],
});
