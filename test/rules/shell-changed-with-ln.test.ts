import { testRule } from '../lib/rule-tester.js';

testRule('shell-changed-with-ln', {
  valid: [
    'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\nRUN echo hi\n',
    { name: 'a link to /bin/sh elsewhere (hadolint reports it)', code: 'FROM debian:12-slim\nRUN ln -s /bin/sh /usr/local/bin/sh-compat\n' },
    { name: 'into a directory with -t', code: 'FROM debian:12-slim\nRUN ln -s -t /bin/sh /opt/x\n' },
    { name: 'other links', code: 'FROM debian:12-slim\nRUN ln -sf /usr/bin/python3 /usr/bin/python\n' },
  ],
  invalid: [
    {
      name: 'bash over /bin/sh',
      code: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\n',
      errors: [{ line: 2, column: 5, endColumn: 29, severity: 'warning', fix: null }],
      output: null,
    },
    {
      name: '/usr/bin/sh after usrmerge, sudo, lower case, CRLF',
      code: 'from debian:12\r\nrun sudo ln -sfT bash /usr/bin/sh\r\n',
      errors: [{ line: 2, column: 5, message: '/usr/bin/sh' }],
      output: null,
    },
    {
      name: 'continuation with a comment, ONBUILD',
      code: 'FROM debian:12\nONBUILD RUN rm /bin/sh && \\\n  # bash instead\n  ln -s /bin/bash /bin/sh\n',
      errors: [{ line: 4, column: 3 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN ln -sf `\n  /bin/dash /bin/sh\n',
      errors: [{ line: 3, column: 5 }],
      output: null,
    },
  ],
});
