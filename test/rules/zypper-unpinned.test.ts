import { testRule } from '../lib/rule-tester.js';

testRule('zypper-unpinned', {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0 "git>=2.43"\n',
    { name: 'patterns have no versions', code: 'FROM opensuse/leap:15.6\nRUN zypper -n install -t pattern devel_basis\n' },
    { name: 'rpm files', code: 'FROM opensuse/leap:15.6\nRUN zypper -n in /tmp/app-1.0.rpm\n' },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install -r oss curl git=2.43\n',
      errors: [{ line: 2, column: 5, endColumn: 22, severity: 'info', message: 'installs curl without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment',
      code: 'from opensuse/leap:15.6\r\nrun zypper -n in \\\r\n    # tools\r\n    curl\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM opensuse/leap:15.6\nRUN zypper -n in `\n    curl\n',
      errors: [{ line: 3, column: 5 }],
      output: null,
    },
  ],
});
