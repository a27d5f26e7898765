import { testRule } from '../lib/rule-tester.js';

testRule('workdir-system-directory', {
  valid: ['FROM alpine:3.20\nWORKDIR /app\n', 'FROM alpine:3.20\nWORKDIR /process\n', 'FROM alpine:3.20\nWORKDIR /usr/src/dev\n', 'FROM alpine:3.20\nARG DIR\nWORKDIR $DIR\n'],
  invalid: [
    { code: 'FROM alpine:3.20\nWORKDIR /proc/app\n', errors: [{ line: 2, column: 9, endColumn: 18, message: 'inside `/proc`' }], output: null },
    { name: 'the directory itself', code: 'FROM alpine:3.20\nWORKDIR /dev\n', errors: [{ line: 2 }], output: null },
    { name: 'through an ARG default, quoted, lower case', code: 'FROM alpine:3.20\narg BASE=/sys\nworkdir "${BASE}/fs"\n', errors: [{ line: 3, message: 'inside `/sys`' }], output: null },
  ],
});
