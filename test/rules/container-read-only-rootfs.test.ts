import { testRule } from '../lib/rule-tester.js';

testRule('container-read-only-rootfs', {
  valid: [
    'services:\n  api:\n    image: x\n    read_only: true\n',
    { name: 'through extends', code: 'services:\n  base:\n    image: x\n    read_only: true\n  api:\n    extends: base\n' },
  ],
  invalid: [
    {
      name: 'read_only and a tmpfs for /tmp are added together',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    # config from the host\n    volumes:\n      - ./config:/etc/api:ro\n',
      errors: [{ line: 2, column: 3, severity: 'info', message: 'set `read_only: true` and give', fix: 'unsafe' }],
      output: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    # config from the host\n    volumes:\n      - ./config:/etc/api:ro\n    read_only: true\n    tmpfs:\n      - /tmp\n',
    },
    {
      name: 'explicit false is turned to true; an existing /tmp tmpfs is kept',
      code: 'services:\n  api:\n    image: x\n    read_only: false\n    tmpfs: ["/tmp:size=64m"]\n',
      errors: [{ line: 4, column: 16 }],
      output: 'services:\n  api:\n    image: x\n    read_only: true\n    tmpfs: ["/tmp:size=64m"]\n',
    },
    {
      name: 'an existing block tmpfs list gets /tmp; four-space indent, CRLF',
      code: 'services:\r\n    api:\r\n        image: x\r\n        tmpfs:\r\n            - /run\r\n',
      errors: [{ line: 2 }],
      output: 'services:\r\n    api:\r\n        image: x\r\n        tmpfs:\r\n            - /run\r\n            - /tmp\r\n        read_only: true\r\n',
    },
    {
      name: 'a tmpfs written as one string cannot take another: no fix',
      code: 'services:\n  api:\n    image: x\n    tmpfs: /run\n',
      errors: [{ line: 2, fix: null }],
      output: null,
    },
    {
      name: 'docker run: --read-only with a tmpfs for /tmp',
      fileName: 'deploy.sh',
      code: 'docker run -d ghcr.io/acme/api:1.4.2\ndocker run --read-only=false -v cache:/tmp ghcr.io/acme/worker:1.4.2\n',
      errors: [{ line: 1, column: 1, message: 'set `--read-only` and give' }, { line: 2, column: 24 }],
      output: 'docker run --read-only --tmpfs /tmp -d ghcr.io/acme/api:1.4.2\ndocker run --read-only=true -v cache:/tmp ghcr.io/acme/worker:1.4.2\n',
    },
  ],
});
