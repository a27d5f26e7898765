import { testRule } from '../lib/rule-tester.js';

const options = { labelSchema: { maintainer: 'email' }, strictLabels: true };

testRule('label-not-in-schema', {
  valid: [
    { name: 'inactive by default', code: 'FROM alpine:3.20\nLABEL anything=1\n' },
    { name: 'inactive without strictLabels', code: 'FROM alpine:3.20\nLABEL anything=1\n', options: { labelSchema: { maintainer: 'email' } } },
    { name: 'listed', code: 'FROM alpine:3.20\nLABEL maintainer=a@b.c\n', options },
  ],
  invalid: [
    {
      name: 'extra label',
      code: 'FROM alpine:3.20\nLABEL maintainer=a@b.c version=1\n',
      options,
      errors: [{ line: 2, column: 24, endColumn: 31, severity: 'info', fix: null }],
      output: null,
    },
    {
      name: 'lower case, CRLF, ONBUILD',
      code: 'from alpine:3.20\r\nonbuild label extra=1\r\n',
      options,
      errors: [{ line: 2, column: 15 }],
      output: null,
    },
    {
      name: 'continuation with a comment, backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nLABEL maintainer=a@b.c `\n# more\n  team=ops\n',
      options,
      errors: [{ line: 5, column: 3 }],
      output: null,
    },
  ],
});
