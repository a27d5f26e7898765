import { testRule } from '../lib/rule-tester.js';

testRule('compose-syntax-error', {
  valid: ['services:\n  web:\n    image: nginx:1.27\n', '# empty\n'],
  invalid: [
    { name: 'duplicate key', code: 'services:\n  web:\n    image: a\n    image: b\n', errors: [{ line: 4, column: 5, message: 'Map keys must be unique' }], output: null },
    { name: 'bad indentation', code: 'services:\n  web:\n    image: a\n   ports: []\n', errors: [{ line: 4 }], output: null },
    { name: 'unclosed flow sequence (reported where the YAML ends)', code: 'services:\n  web:\n    ports: ["80:80"\n', errors: [{ line: 4 }], output: null },
  ],
});
