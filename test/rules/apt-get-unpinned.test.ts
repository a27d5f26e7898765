import { testRule } from '../lib/rule-tester.js';

testRule('apt-get-unpinned', {
  valid: [
    'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8 git=1:2.39.5-0+deb12u1\n',
    { name: 'globs, releases, local files', code: 'FROM debian:12\nRUN apt-get install -y -t bookworm-backports curl=7.* git/bookworm-backports ./pkg.deb\n' },
    { name: 'versions from ARGs', code: 'FROM debian:12\nARG CURL_VERSION=7.88.1-10\nRUN apt-get install -y "curl=${CURL_VERSION}"\n' },
    { name: 'a package list from an ARG holding pins', code: 'FROM debian:12\nARG PACKAGES="curl=7.88.1-10 git=1:2.39.5"\nRUN apt-get install -y $PACKAGES\n' },
    { name: 'unknown values are not reported', code: 'FROM debian:12\nARG PACKAGES\nRUN apt-get install -y $PACKAGES $(cat /tmp/packages)\n' },
    { name: 'other subcommands', code: 'FROM debian:12\nRUN apt-get update && apt-get remove -y curl\n' },
  ],
  invalid: [
    {
      name: 'one finding per call, naming the packages',
      code: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl git=1:2.39.5 ca-certificates\n',
      errors: [{ line: 2, column: 5, endColumn: 20, severity: 'info', message: 'installs curl, ca-certificates without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'an ARG list with unpinned packages',
      code: 'FROM debian:12\nARG PACKAGES="curl git"\nRUN apt-get install -y $PACKAGES\n',
      errors: [{ line: 3, column: 5, message: 'installs curl, git without a pinned version' }],
      output: null,
    },
    {
      name: 'more than three',
      code: 'FROM debian:12\nRUN apt-get install -y a b c d e\n',
      errors: [{ line: 2, column: 5, message: 'installs a, b, c and 2 more without a pinned version' }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment',
      code: 'from debian:12\r\nrun apt-get install -y \\\r\n    # tools\r\n    curl\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM debian:12\nONBUILD RUN apt-get install -y `\n    curl\n',
      errors: [{ line: 3, column: 13 }],
      output: null,
    },
  ],
});
