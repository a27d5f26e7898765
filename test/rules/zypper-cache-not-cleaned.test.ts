import { testRule } from '../lib/rule-tester.js';

testRule('zypper-cache-not-cleaned', {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a\n',
    { name: 'zypper cc', code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc\n' },
    { name: 'rm of the cache', code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && rm -rf /var/cache/zypp/*\n' },
    { name: 'a cache mount', code: 'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl\n' },
  ],
  invalid: [
    {
      name: 'install',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl\n',
      errors: [{ line: 2, column: 5, endColumn: 22, severity: 'info', fix: 'safe' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a\n',
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from opensuse/leap:15.6\r\nrun zypper -n in \\\r\n    # tools\r\n    curl\r\n',
      errors: [{ line: 2, column: 5 }],
      output: 'from opensuse/leap:15.6\r\nrun zypper -n in \\\r\n    # tools\r\n    curl && zypper clean -a\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM opensuse/leap:15.6\nRUN zypper -n patch `\n    --with-update\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM opensuse/leap:15.6\nRUN zypper -n patch `\n    --with-update && zypper clean -a\n',
    },
  ],
});
