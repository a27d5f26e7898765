import { testRule } from '../lib/rule-tester.js';

testRule('dnf-unpinned', {
  valid: [
    'FROM fedora:40\nRUN dnf install -y git-2.45.2 python3-3.12.4-1.fc40\n',
    { name: 'microdnf pinned', code: 'FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y shadow-utils-4.9-8.el9\n' },
    { name: 'module with a stream', code: 'FROM fedora:40\nRUN dnf module install -y nodejs:20\n' },
  ],
  invalid: [
    {
      name: 'dnf and microdnf',
      code: 'FROM fedora:40\nRUN dnf install -y git && microdnf install -y python3-pip\n',
      errors: [
        { line: 2, column: 5, endColumn: 16, severity: 'info', message: 'installs git without a pinned version', fix: null },
        { line: 2, column: 27, message: '`microdnf install` installs python3-pip' },
      ],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment',
      code: 'from fedora:40\r\nrun dnf in -y \\\r\n    # vcs\r\n    git\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM fedora:40\nONBUILD RUN dnf install -y `\n    git\n',
      errors: [{ line: 3, column: 13 }],
      output: null,
    },
  ],
});
