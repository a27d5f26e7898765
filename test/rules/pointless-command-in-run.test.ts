import { testRule } from '../lib/rule-tester.js';

testRule('pointless-command-in-run', {
  valid: [
    'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends procps openssh-client\n',
    { name: 'ssh-keyscan is another command', code: 'FROM alpine:3.20\nRUN ssh-keyscan github.com >> /etc/ssh/ssh_known_hosts\n' },
    { name: 'in CMD', code: 'FROM debian:12-slim\nCMD service nginx start && tail -f /dev/null\n' },
    { name: 'as an argument', code: 'FROM debian:12-slim\nRUN echo top free kill\n' },
  ],
  invalid: [
    {
      name: 'service start',
      code: 'FROM debian:12-slim\nRUN apt-get install -y nginx && service nginx start\n',
      errors: [{ line: 2, column: 33, endColumn: 40, severity: 'info', message: 'stops when the step ends', fix: null }],
      output: null,
    },
    {
      name: 'behind sudo and by path, lower case, CRLF',
      code: 'from debian:12\r\nrun sudo /usr/sbin/service ssh start; ps aux\r\n',
      errors: [{ line: 2, column: 10, endColumn: 27 }, { line: 2, column: 39 }],
      output: null,
    },
    {
      name: 'continuation with a comment, ONBUILD',
      code: 'FROM debian:12\nONBUILD RUN make && \\\n  # look at memory\n  free -m\n',
      errors: [{ line: 4, column: 3 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN make `\n  && top -b -n1\n',
      errors: [{ line: 4, column: 6 }],
      output: null,
    },
  ],
});
