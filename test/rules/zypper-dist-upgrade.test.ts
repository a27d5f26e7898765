import { testRule } from '../lib/rule-tester.js';

testRule('zypper-dist-upgrade', {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n patch && zypper clean -a\n',
    { name: 'update', code: 'FROM opensuse/leap:15.6\nRUN zypper -n update\n' },
  ],
  invalid: [
    {
      name: 'dist-upgrade',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade && zypper clean -a\n',
      errors: [{ line: 2, column: 5, endColumn: 27, severity: 'info', fix: null }],
      output: null,
    },
    {
      name: 'dup, CRLF, lower case, continuation with a comment',
      code: 'from opensuse/tumbleweed\r\nrun zypper \\\r\n    # rolling\r\n    -n dup\r\n',
      errors: [{ line: 2, column: 5, endLine: 4, endColumn: 11 }],
      output: null,
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM opensuse/leap:15.6\nONBUILD RUN zypper -n `\n    dup\n',
      errors: [{ line: 3, column: 13 }],
      output: null,
    },
  ],
});
