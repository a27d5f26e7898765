import { testRule } from '../lib/rule-tester.js';

testRule('system-upgrade-in-run', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    { name: 'named packages and dist-upgrade (DL3005) are not this rule', code: 'FROM fedora:40\nRUN dnf upgrade -y curl && apk upgrade musl && apt-get dist-upgrade -y\n' },
    { name: 'in a string', code: 'FROM debian:12\nRUN echo "apt-get upgrade"\n' },
  ],
  invalid: [
    {
      name: 'every package manager',
      code: 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y && apk upgrade --no-cache && dnf -y upgrade && yum update -y && zypper up\n',
      errors: [
        { line: 2, column: 23, endColumn: 38, severity: 'info', fix: null },
        { line: 2, column: 45 },
        { line: 2, column: 71 },
        { line: 2, column: 89 },
        { line: 2, column: 106 },
      ],
      output: null,
    },
    {
      name: 'CRLF, lower case, ONBUILD, continuation with a comment, sudo',
      code: 'from debian:12\r\nonbuild run apt-get upgrade\r\nrun apt-get update \\\r\n# all of it\r\n && sudo apt-get -q upgrade\r\n',
      errors: [{ line: 2, column: 13 }, { line: 5, column: 10 }],
      output: null,
    },
  ],
});
