import { testRule } from '../lib/rule-tester.js';

testRule('container-restart-policy', {
  valid: ['services:\n  api:\n    image: x\n    restart: on-failure:5\n', 'services:\n  api:\n    image: x\n    restart: "no"\n', 'services:\n  api:\n    image: x\n'],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x\n    restart: always # keep it up\n',
      errors: [{ line: 4, column: 14, endColumn: 20, message: 'restarts forever (`always`)', fix: 'unsafe' }],
      output: 'services:\n  api:\n    image: x\n    restart: on-failure:5 # keep it up\n',
    },
    {
      name: 'quoted, in an anchor shared by two services: edited once, where it is written',
      code: 'x-defaults: &defaults\n  restart: "unless-stopped"\nservices:\n  api:\n    <<: *defaults\n    image: x\n  worker:\n    <<: *defaults\n    image: y\n',
      errors: [{ line: 2, column: 12 }, { line: 2, column: 12 }],
      output: 'x-defaults: &defaults\n  restart: "on-failure:5"\nservices:\n  api:\n    <<: *defaults\n    image: x\n  worker:\n    <<: *defaults\n    image: y\n',
    },
    {
      name: 'on-failure without a count, flow style, CRLF',
      code: 'services:\r\n  api: {image: x, restart: on-failure}\r\n',
      errors: [{ line: 2 }],
      output: 'services:\r\n  api: {image: x, restart: on-failure:5}\r\n',
    },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run -d --restart=always ghcr.io/acme/api:1.4.2\ndocker run -d --restart "unless-stopped" redis:7.2\n',
      errors: [{ line: 1, column: 25 }, { line: 2, column: 25 }],
      output: 'docker run -d --restart=on-failure:5 ghcr.io/acme/api:1.4.2\ndocker run -d --restart "on-failure:5" redis:7.2\n',
    },
  ],
});
