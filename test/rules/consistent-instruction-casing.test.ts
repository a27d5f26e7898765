import { testRule } from '../lib/rule-tester.js';

testRule('consistent-instruction-casing', {
  valid: [
    'FROM alpine:3.20\nRUN echo hi\n',
    'from alpine:3.20\nrun echo hi\n',
    { name: 'words inside arguments do not count', code: 'FROM alpine:3.20\nRUN echo run Copy\n' },
  ],
  invalid: [
    {
      name: 'upper-case majority',
      code: 'FROM alpine:3.20\nrun apk add --no-cache curl\nCopy . /app\nCMD ["sh"]\n',
      errors: [
        { line: 2, column: 1, endColumn: 4, severity: 'style', fix: 'safe', message: 'upper case' },
        { line: 3, column: 1, endColumn: 5 },
      ],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY . /app\nCMD ["sh"]\n',
    },
    {
      name: 'lower-case majority, CRLF',
      code: 'from alpine:3.20\r\nrun echo hi\r\nWORKDIR /app\r\n',
      errors: [{ line: 3, column: 1, message: 'lower case' }],
      output: 'from alpine:3.20\r\nrun echo hi\r\nworkdir /app\r\n',
    },
    {
      name: 'a tie goes to upper case; ONBUILD triggers count',
      code: 'FROM alpine:3.20\nRUN make\nonbuild run make\n',
      errors: [{ line: 3, column: 1 }, { line: 3, column: 9 }],
      output: 'FROM alpine:3.20\nRUN make\nONBUILD RUN make\n',
    },
    {
      name: 'continuation with a comment inside, backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nRUN echo a `\n  # note\n  b\nenv A=1\n',
      errors: [{ line: 6, column: 1 }],
      output: '# escape=`\nFROM alpine:3.20\nRUN echo a `\n  # note\n  b\nENV A=1\n',
    },
  ],
});
