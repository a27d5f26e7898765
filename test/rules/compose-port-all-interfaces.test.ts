import { describe, expect, it } from 'vitest';
import { shortHostAddress } from '../../src/compose/containers.js';
import { testRule } from '../lib/rule-tester.js';

describe('shortHostAddress', () => {
  it.each([
    ['80', ''],
    ['8080:80', ''],
    ['8080:80/udp', ''],
    ['127.0.0.1:8080:80', '127.0.0.1'],
    ['0.0.0.0:8080:80', '0.0.0.0'],
    ['127.0.0.1::80', '127.0.0.1'],
    ['[::1]:8080:80', '[::1]'],
    ['8000-8010:8000-8010', ''],
  ])('%s -> %s', (spec, host) => {
    expect(shortHostAddress(spec)).toBe(host);
  });
});

testRule('compose-port-all-interfaces', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n',
    'services:\n  web:\n    image: nginx:1.27\n    expose:\n      - "80"\n',
    { name: 'long syntax with host_ip', code: 'services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n        host_ip: 127.0.0.1\n' },
    { name: 'IPv6 loopback', code: 'services:\n  web:\n    ports: ["[::1]:8080:80"]\n' },
    { name: 'no services', code: 'volumes:\n  data: {}\n' },
  ],
  invalid: [
    {
      name: 'quoted short syntax',
      code: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n',
      errors: [{ line: 5, column: 9, endColumn: 20, message: 'Port `5432:5432` of service `db`', fix: 'unsafe' }],
      output: 'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    },
    {
      name: 'plain scalar, bare container port, and a flow sequence',
      code: 'services:\n  web:\n    ports: [8080:80, "3000"]\n',
      errors: [{ line: 3, column: 13 }, { line: 3, column: 22 }],
      output: 'services:\n  web:\n    ports: [127.0.0.1:8080:80, "127.0.0.1::3000"]\n',
    },
    {
      name: 'explicit 0.0.0.0 and single quotes',
      code: "services:\n  web:\n    ports:\n      - '0.0.0.0:443:443'\n",
      errors: [{ line: 4, column: 9 }],
      output: "services:\n  web:\n    ports:\n      - '127.0.0.1:443:443'\n",
    },
    {
      name: 'long syntax without host_ip',
      code: 'services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n        protocol: tcp\n  other:\n    image: x\n',
      errors: [{ line: 5, column: 20, message: 'set `host_ip: 127.0.0.1`' }],
      output: 'services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n        protocol: tcp\n        host_ip: 127.0.0.1\n  other:\n    image: x\n',
    },
    {
      name: 'through a merge key: reported once, fixed where written',
      code: 'x-web: &web\n  ports:\n    - "80:80"\nservices:\n  a:\n    <<: *web\n  b:\n    <<: *web\n',
      errors: [{ line: 3, column: 7 }],
      output: 'x-web: &web\n  ports:\n    - "127.0.0.1:80:80"\nservices:\n  a:\n    <<: *web\n  b:\n    <<: *web\n',
    },
    {
      name: 'through extends in the same file',
      code: 'services:\n  base:\n    ports: ["9000:9000"]\n  app:\n    extends: base\n',
      errors: [{ line: 3, column: 13 }],
      output: 'services:\n  base:\n    ports: ["127.0.0.1:9000:9000"]\n  app:\n    extends: base\n',
    },
    {
      name: 'CRLF and comments kept',
      code: 'services:\r\n  web:\r\n    # public web port\r\n    ports:\r\n      - "80:80" # http\r\n',
      errors: [{ line: 5, column: 9 }],
      output: 'services:\r\n  web:\r\n    # public web port\r\n    ports:\r\n      - "127.0.0.1:80:80" # http\r\n',
    },
  ],
});
