import { testRule } from '../lib/rule-tester.js';

testRule('dnf-missing-yes', {
  valid: [
    'FROM fedora:40\nRUN dnf install -y git && dnf clean all\n',
    { name: '--assumeyes', code: 'FROM fedora:40\nRUN dnf --assumeyes upgrade\n' },
    { name: 'microdnf does not prompt', code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install git\n' },
    { name: 'read-only', code: 'FROM fedora:40\nRUN dnf repoquery git && dnf module list\n' },
  ],
  invalid: [
    {
      name: 'install',
      code: 'FROM fedora:40\nRUN dnf install git && dnf clean all\n',
      errors: [{ line: 2, column: 5, endColumn: 16, severity: 'warning', fix: 'safe' }],
      output: 'FROM fedora:40\nRUN dnf install -y git && dnf clean all\n',
    },
    {
      name: 'dnf5 short forms and module install',
      code: 'FROM fedora:41\nRUN dnf5 in git && dnf module install nodejs:20\n',
      errors: [{ line: 2, column: 5, endColumn: 12 }, { line: 2, column: 20 }],
      output: 'FROM fedora:41\nRUN dnf5 in -y git && dnf module install -y nodejs:20\n',
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from fedora:40\r\nrun dnf remove \\\r\n    # no longer needed\r\n    gcc\r\n',
      errors: [{ line: 2, column: 5 }],
      output: 'from fedora:40\r\nrun dnf remove -y \\\r\n    # no longer needed\r\n    gcc\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM fedora:40\nRUN dnf upgrade `\n    --refresh\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM fedora:40\nRUN dnf upgrade -y `\n    --refresh\n',
    },
  ],
});
