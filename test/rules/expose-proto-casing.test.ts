import { testRule } from '../lib/rule-tester.js';

testRule('expose-proto-casing', {
  valid: ['FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp\n'],
  invalid: [
    {
      name: 'upper and mixed case',
      code: 'FROM nginx:1.27\nEXPOSE 80/TCP 53/Udp\n',
      errors: [
        { line: 2, column: 8, endColumn: 14, severity: 'style', fix: 'safe' },
        { line: 2, column: 15, endColumn: 21 },
      ],
      output: 'FROM nginx:1.27\nEXPOSE 80/tcp 53/udp\n',
    },
    {
      name: 'from a variable: reported, not fixed; lower case, CRLF',
      code: 'from nginx:1.27\r\narg PROTO=TCP\r\nexpose 80/$PROTO\r\n',
      errors: [{ line: 3, column: 8, fix: null }],
      output: null,
    },
    {
      name: 'continuation with a comment inside',
      code: 'FROM nginx:1.27\nEXPOSE 80 \\\n  # dns\n  53/UDP\n',
      errors: [{ line: 4, column: 3 }],
      output: 'FROM nginx:1.27\nEXPOSE 80 \\\n  # dns\n  53/udp\n',
    },
  ],
});
