import { testRule } from '../lib/rule-tester.js';

testRule('daemon-iptables-disabled', {
  valid: ['{\n  "iptables": true\n}\n', '{}', '{"ip6tables":true}'],
  invalid: [
    {
      name: 'iptables off',
      code: '{\n  "icc": false,\n  "iptables": false\n}\n',
      errors: [{ line: 3, column: 15, endColumn: 20, severity: 'error', fix: null }],
      output: null,
    },
    { name: 'ip6tables off too, minified', code: '{"iptables":false,"ip6tables":false}', errors: [{ line: 1, column: 13 }, { line: 1, column: 31 }], output: null },
  ],
});
