import { testRule } from '../lib/rule-tester.js';

testRule('invalid-suppression', {
  valid: [
    'FROM alpine:3.20\n# shipshape ignore=syntax-error -- reason\nRUN echo hi\n',
    { name: 'hadolint codes shipshape may not implement are accepted', code: 'FROM alpine:3.20\n# hadolint ignore=DL3999,SC2086\nRUN echo hi\n' },
    { name: 'ordinary comments', code: 'FROM alpine:3.20\n# ignore this line please\nRUN echo hi\n' },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\n# shipshape ignore=no-such-rule\nRUN echo hi\n', errors: [{ line: 2, column: 1, message: 'Unknown rule `no-such-rule`' }], output: null },
    { name: 'global form', code: '# shipshape global ignore=syntax-error,typo-rule\nFROM alpine:3.20\n', errors: [{ line: 1, message: 'Unknown rule `typo-rule`' }], output: null },
    { name: 'hadolint comment with a non-hadolint id', code: 'FROM alpine:3.20\n# hadolint ignore=DL3008,whatever\nRUN echo hi\n', errors: [{ line: 2, message: '`whatever`' }], output: null },
  ],
});
