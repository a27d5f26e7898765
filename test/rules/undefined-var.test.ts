import { testRule } from '../lib/rule-tester.js';

testRule('undefined-var', {
  valid: [
    'FROM alpine:3.20\nARG APP_DIR=/srv/app\nWORKDIR $APP_DIR\nENV PATH=$PATH:/app/bin\n',
    { name: 'RUN is left to the shell', code: 'FROM alpine:3.20\nRUN echo $HOME\n' },
    { name: 'inherited from an earlier stage', code: 'FROM alpine:3.20 AS base\nENV DIR=/x\nFROM base\nWORKDIR $DIR\n' },
    { name: 'ARGs are defined in order', code: 'FROM alpine:3.20\nARG A=1 B=$A\n' },
    { name: 'defaults, quotes and escapes', code: "FROM alpine:3.20\nENV A=${X:-1} B='$Y' C=\\$Z\n" },
    { name: 'listed base-image variables', code: 'FROM eclipse-temurin:21\nENV PATH=$JAVA_HOME/bin:$PATH\n', options: { baseImageVariables: ['JAVA_HOME'] } },
    { name: 'comment lines inside a continuation', code: 'FROM alpine:3.20\nCOPY a \\\n# $NOPE\n  /b\n' },
  ],
  invalid: [
    {
      name: 'typo: warning with a display-only suggestion',
      code: 'FROM alpine:3.20\nENV PATH=$PAHT:/app/bin\n',
      errors: [{ line: 2, column: 10, endColumn: 15, severity: 'warning', fix: 'display-only', message: 'did you mean `$PATH`' }],
      output: null,
    },
    {
      name: 'a global ARG is not visible in the stage; info on a base image that might set it',
      code: 'ARG VERSION=1\nFROM alpine:3.20\nLABEL version=$VERSION\n',
      errors: [{ line: 3, column: 15, severity: 'info', fix: null }],
      output: null,
    },
    {
      name: 'from scratch: warning; lower case, CRLF',
      code: 'from scratch\r\ncopy ${SRC} /app\r\n',
      errors: [{ line: 2, column: 6, endColumn: 12, severity: 'warning' }],
      output: null,
    },
    {
      name: 'ENV cannot see a name set in the same instruction',
      code: 'FROM scratch\nENV A=1 B=$A\n',
      errors: [{ line: 2, column: 11 }],
      output: null,
    },
  ],
});
