import { testRule } from '../lib/rule-tester.js';

testRule('dnf-cache-not-cleaned', {
  valid: [
    'FROM fedora:40\nRUN dnf install -y git && dnf clean all\n',
    { name: 'microdnf', code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y git && microdnf clean all\n' },
    { name: 'rm of the dnf5 cache', code: 'FROM fedora:41\nRUN dnf install -y git && rm -rf /var/cache/libdnf5\n' },
    { name: 'a cache mount on /var/cache', code: 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache dnf install -y git\n' },
  ],
  invalid: [
    {
      name: 'dnf',
      code: 'FROM fedora:40\nRUN dnf install -y git\n',
      errors: [{ line: 2, column: 5, endColumn: 16, severity: 'info', fix: 'safe' }],
      output: 'FROM fedora:40\nRUN dnf install -y git && dnf clean all\n',
    },
    {
      name: 'microdnf gets its own clean-up',
      code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y git\n',
      errors: [{ line: 2, column: 5, message: '`microdnf clean all`' }],
      output: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y git && microdnf clean all\n',
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from fedora:40\r\nrun dnf -y upgrade \\\r\n    # everything\r\n    && dnf -y in git\r\n',
      errors: [{ line: 4, column: 8 }],
      output: 'from fedora:40\r\nrun dnf -y upgrade \\\r\n    # everything\r\n    && dnf -y in git && dnf clean all\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM fedora:40\nRUN dnf install -y `\n    git\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM fedora:40\nRUN dnf install -y `\n    git && dnf clean all\n',
    },
  ],
});
