import { testRule } from '../lib/rule-tester.js';

testRule('syntax-error', {
  valid: [
    'FROM alpine:3.20\nRUN echo hi\n',
    'ARG BASE=alpine:3.20\nFROM ${BASE}\n',
    'from alpine:3.20\nonbuild run echo hi\n',
    { name: 'closed heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\necho hi\nEOF\n' },
  ],
  invalid: [
    { name: 'typo in a keyword', code: 'FORM alpine:3.20\nRUN echo hi\n', errors: [{ line: 1, column: 1, endColumn: 5, message: 'Unknown instruction `FORM`' }, { line: 1, message: 'No FROM instruction' }], output: null },
    { name: 'only comments', code: '# just a comment\n\n', errors: [{ line: 1, message: 'No FROM instruction' }], output: null },
    { name: 'instruction before FROM', code: 'ENV A=1\nFROM alpine:3.20\n', errors: [{ line: 1, column: 1, message: 'before the first FROM' }], output: null },
    { name: 'unknown ONBUILD trigger', code: 'FROM alpine:3.20\nONBUILD RUNN make\n', errors: [{ line: 2, column: 9, message: 'Unknown ONBUILD trigger `RUNN`' }], output: null },
    { name: 'unclosed heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\necho hi\n', errors: [{ line: 2, column: 5, message: 'Heredoc `EOF` is never closed' }], output: null },
  ],
});
