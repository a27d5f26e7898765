import { testRule } from '../lib/rule-tester.js';

testRule('container-no-new-privileges', {
  valid: [
    'services:\n  api:\n    image: x\n    security_opt:\n      - no-new-privileges:true\n',
    'services:\n  api:\n    image: x\n    security_opt: ["no-new-privileges"]\n',
    { name: 'through a merge key', code: 'x-hardened: &hardened\n  security_opt:\n    - no-new-privileges=true\nservices:\n  api:\n    <<: *hardened\n    image: x\n' },
  ],
  invalid: [
    {
      name: 'missing: a new list is added at the service indentation',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    ports:\n      - "127.0.0.1:8080:8080"\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n',
      errors: [{ line: 2, column: 3, endColumn: 6, message: '`api` can gain privileges', fix: 'safe' }, { line: 6, column: 3 }],
      output:
        'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    ports:\n      - "127.0.0.1:8080:8080"\n    security_opt:\n      - no-new-privileges:true\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    security_opt:\n      - no-new-privileges:true\n',
    },
    {
      name: 'an existing list gets an item, in its own style',
      code: 'services:\n  api:\n    security_opt:\n    - apparmor:docker-default\n    image: x\n',
      errors: [{ line: 2 }],
      output: 'services:\n  api:\n    security_opt:\n    - apparmor:docker-default\n    - no-new-privileges:true\n    image: x\n',
    },
    {
      name: 'explicitly false',
      code: 'services:\n  api:\n    image: x\n    security_opt: ["no-new-privileges:false"]\n',
      errors: [{ line: 4, column: 20, message: 'turns no-new-privileges off' }],
      output: 'services:\n  api:\n    image: x\n    security_opt: ["no-new-privileges:true"]\n',
    },
    {
      name: 'four-space indentation, CRLF, no final newline',
      code: 'services:\r\n    api:\r\n        image: x',
      errors: [{ line: 2 }],
      output: 'services:\r\n    api:\r\n        image: x\r\n        security_opt:\r\n            - no-new-privileges:true\r\n',
    },
    {
      name: 'a flow-style service cannot take a list: reported without a fix',
      code: 'services:\n  api: {image: x}\n',
      errors: [{ line: 2, fix: null }],
      output: null,
    },
  ],
});
