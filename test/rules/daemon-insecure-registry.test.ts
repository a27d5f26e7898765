import { testRule } from '../lib/rule-tester.js';

testRule('daemon-insecure-registry', {
  valid: ['{\n  "insecure-registries": []\n}\n', { name: 'loopback is insecure anyway', code: '{\n  "insecure-registries": ["localhost:5000", "127.0.0.0/8"]\n}\n' }],
  invalid: [
    {
      name: 'each entry',
      code: '{\n  "insecure-registries": [\n    "registry.internal:5000",\n    "10.0.0.0/8"\n  ]\n}\n',
      errors: [
        { line: 3, column: 5, endColumn: 29, message: 'Registry `registry.internal:5000`', severity: 'warning', fix: null },
        { line: 4, column: 5 },
      ],
      output: null,
    },
    { name: 'CRLF, one line', code: '{\r\n  "insecure-registries": ["localhost:5000", "nexus:8082"]\r\n}\r\n', errors: [{ line: 2, column: 45 }], output: null },
  ],
});
