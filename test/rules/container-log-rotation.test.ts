import { testRule } from '../lib/rule-tester.js';

testRule('container-log-rotation', {
  valid: [
    'services:\n  api:\n    image: x\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n',
    { name: 'the local driver rotates by default', code: 'services:\n  api:\n    image: x\n    logging:\n      driver: local\n' },
    { name: 'logs shipped away', code: 'services:\n  api:\n    image: x\n    logging:\n      driver: journald\n' },
  ],
  invalid: [
    {
      name: 'json-file without options: options are added (safe)',
      code: 'services:\n  api:\n    image: x\n    logging:\n      driver: json-file # default\n    ports: []\n',
      errors: [{ line: 5, column: 15, severity: 'warning', fix: 'safe' }],
      output: 'services:\n  api:\n    image: x\n    logging:\n      driver: json-file # default\n      options:\n        max-size: "10m"\n        max-file: "3"\n    ports: []\n',
    },
    {
      name: 'existing options get the missing ones; an anchor is edited where it is written',
      code: 'x-logging: &logging\n  driver: "json-file"\n  options:\n    max-file: "5"\nservices:\n  api:\n    image: x\n    logging: *logging\n',
      errors: [{ line: 2, column: 11 }],
      output: 'x-logging: &logging\n  driver: "json-file"\n  options:\n    max-file: "5"\n    max-size: "10m"\nservices:\n  api:\n    image: x\n    logging: *logging\n',
    },
    {
      name: 'flow-style options, four-space indentation, CRLF',
      code: 'services:\r\n    api:\r\n        image: x\r\n        logging: {driver: json-file, options: {tag: api}}\r\n',
      errors: [{ line: 4, fix: 'safe' }],
      output: 'services:\r\n    api:\r\n        image: x\r\n        logging: {driver: json-file, options: {tag: api, max-size: "10m", max-file: "3"}}\r\n',
    },
    {
      name: 'no logging section: info, and adding one is unsafe (it pins the driver)',
      code: 'services:\n  api:\n    image: x\n',
      errors: [{ line: 2, severity: 'info', message: "daemon's default driver", fix: 'unsafe' }],
      output: 'services:\n  api:\n    image: x\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "3"\n',
    },
    {
      name: 'no logging section, safe fixes only: nothing applied',
      code: 'services:\n  api:\n    image: x\n',
      unsafe: false,
      errors: [{ line: 2 }],
      output: null,
    },
    {
      name: 'docker run without log options: json-file with rotation (unsafe: it pins the driver)',
      fileName: 'deploy.sh',
      code: 'docker run -d ghcr.io/acme/api:1.4.2\n',
      errors: [{ line: 1, column: 1, severity: 'info', message: 'set `--log-opt max-size=...`', fix: 'unsafe' }],
      output: 'docker run --log-driver json-file --log-opt max-size=10m --log-opt max-file=3 -d ghcr.io/acme/api:1.4.2\n',
    },
    {
      name: 'docker run with json-file but no size limit',
      fileName: 'deploy.sh',
      code: 'docker run --log-driver=json-file --log-opt max-file=5 ghcr.io/acme/api:1.4.2\n',
      errors: [{ line: 1, column: 25, fix: 'safe' }],
      output: 'docker run --log-opt max-size=10m --log-driver=json-file --log-opt max-file=5 ghcr.io/acme/api:1.4.2\n',
    },
  ],
});
