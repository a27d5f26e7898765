import { testRule } from '../lib/rule-tester.js';

testRule('compose-port-internal-service', {
  valid: [
    { name: 'nobody depends on it', code: 'services:\n  proxy:\n    image: caddy:2.8\n    ports: ["443:443"]\n    depends_on: [api]\n  api:\n    image: x\n' },
    {
      name: 'no network in common',
      code: 'services:\n  api:\n    image: x\n    networks: [front]\n    depends_on: [db]\n  db:\n    image: postgres:16\n    networks: [back]\n    ports: ["5432:5432"]\nnetworks:\n  front:\n  back:\n',
    },
  ],
  invalid: [
    {
      name: 'depends_on (long form), both on the default network',
      code: 'services:\n  api:\n    image: x\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n',
      errors: [{ line: 9, column: 5, endColumn: 10, severity: 'info', message: '`api` reaches it', fix: null }],
      output: null,
    },
    {
      name: 'links with an alias, a shared named network',
      code: 'services:\n  web:\n    image: x\n    links: ["api:backend"]\n    networks: [internal, front]\n  api:\n    image: y\n    networks:\n      internal: {}\n    ports: ["8080:8080"]\n',
      errors: [{ line: 10, column: 5 }],
      output: null,
    },
  ],
});
