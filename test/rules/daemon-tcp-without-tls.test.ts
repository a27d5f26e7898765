import { describe, expect, it } from 'vitest';
import { isTcpHost } from '../../rules/daemon-tcp-without-tls.js';
import { testRule } from '../lib/rule-tester.js';

describe('isTcpHost', () => {
  it.each([
    ['tcp://0.0.0.0:2375', true],
    ['TCP://10.0.0.1:2376', true],
    ['0.0.0.0:2375', true],
    ['unix:///var/run/docker.sock', false],
    ['fd://', false],
    ['', false],
  ])('%s -> %s', (host, tcp) => {
    expect(isTcpHost(host)).toBe(tcp);
  });
});

testRule('daemon-tcp-without-tls', {
  valid: [
    '{\n  "hosts": ["unix:///var/run/docker.sock"]\n}\n',
    { name: 'mutual TLS', code: '{\n  "hosts": ["tcp://0.0.0.0:2376"],\n  "tlsverify": true,\n  "tlscacert": "/etc/docker/ca.pem"\n}\n' },
  ],
  invalid: [
    {
      name: 'plain TCP',
      code: '{\n  "hosts": ["fd://", "tcp://0.0.0.0:2375"]\n}\n',
      errors: [{ line: 2, column: 22, endColumn: 42, message: 'without TLS', severity: 'error', fix: null }],
      output: null,
    },
    {
      name: 'TLS without client verification, address without scheme',
      code: '{\n  "tls": true,\n  "tlsverify": false,\n  "hosts": [\n    "192.168.1.10:2376"\n  ]\n}\n',
      errors: [{ line: 5, column: 5, message: 'with TLS but without client verification' }],
      output: null,
    },
  ],
});
