import { testRule } from '../lib/rule-tester.js';

testRule('zypper-missing-non-interactive', {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl\n',
    { name: '--non-interactive', code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive in curl\n' },
    { name: 'the subcommand -y', code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper rm --no-confirm vim\n' },
    { name: 'read-only', code: 'FROM opensuse/leap:15.6\nRUN zypper search curl && zypper refresh\n' },
  ],
  invalid: [
    {
      name: 'install',
      code: 'FROM opensuse/leap:15.6\nRUN zypper install curl\n',
      errors: [{ line: 2, column: 5, endColumn: 19, severity: 'warning', fix: 'safe' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl\n',
    },
    {
      name: 'global options before the subcommand stay',
      code: 'FROM opensuse/leap:15.6\nRUN zypper --root /mnt patch\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n --root /mnt patch\n',
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from opensuse/leap:15.6\r\nrun zypper \\\r\n    # tools\r\n    in curl\r\n',
      errors: [{ line: 2, column: 5, endLine: 4, endColumn: 7 }],
      output: 'from opensuse/leap:15.6\r\nrun zypper -n \\\r\n    # tools\r\n    in curl\r\n',
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM opensuse/leap:15.6\nONBUILD RUN zypper up `\n    curl\n',
      errors: [{ line: 3, column: 13 }],
      output: '# escape=`\nFROM opensuse/leap:15.6\nONBUILD RUN zypper -n up `\n    curl\n',
    },
  ],
});
