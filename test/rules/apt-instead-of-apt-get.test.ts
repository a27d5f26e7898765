import { testRule } from '../lib/rule-tester.js';

const RM = 'rm -rf /var/lib/apt/lists/*';

testRule('apt-instead-of-apt-get', {
  valid: [
    `FROM debian:12\nRUN apt-get update && apt-get install -y curl && ${RM}\n`,
    { name: 'apt-cache and apt-key are other programs', code: 'FROM debian:12\nRUN apt-cache policy curl && apt-mark hold curl\n' },
    { name: 'apt as an argument', code: 'FROM debian:12\nRUN echo apt install && ls /etc/apt\n' },
  ],
  invalid: [
    {
      name: 'update is safe, install is unsafe',
      code: `FROM debian:12\nRUN apt update && apt install -y curl && ${RM}\n`,
      errors: [
        { line: 2, column: 5, endColumn: 8, severity: 'info', fix: 'safe' },
        { line: 2, column: 19, endColumn: 22, fix: 'unsafe' },
      ],
      output: `FROM debian:12\nRUN apt-get update && apt-get install -y curl && ${RM}\n`,
    },
    {
      name: 'safe fixes only',
      code: `FROM debian:12\nRUN apt update && apt install -y curl && ${RM}\n`,
      unsafe: false,
      errors: [{ line: 2, column: 5 }, { line: 2, column: 19 }],
      output: `FROM debian:12\nRUN apt-get update && apt install -y curl && ${RM}\n`,
    },
    {
      name: 'full-upgrade becomes dist-upgrade; a path is kept',
      code: 'FROM debian:12\nRUN sudo /usr/bin/apt -y full-upgrade\n',
      errors: [{ line: 2, column: 10, endColumn: 22, fix: 'unsafe' }],
      output: 'FROM debian:12\nRUN sudo /usr/bin/apt-get -y dist-upgrade\n',
    },
    {
      name: 'show becomes apt-cache show',
      code: 'FROM debian:12\nRUN apt show curl\n',
      errors: [{ line: 2, column: 5, message: '`apt-cache`', fix: 'unsafe' }],
      output: 'FROM debian:12\nRUN apt-cache show curl\n',
    },
    {
      name: 'apt list has no equivalent: no fix',
      code: 'FROM debian:12\nRUN apt list --installed\n',
      errors: [{ line: 2, column: 5, fix: null }],
      output: null,
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from debian:12\r\nrun apt-get update \\\r\n    # cleanup\r\n    && apt autoremove -y\r\n',
      errors: [{ line: 4, column: 8, fix: 'safe' }],
      output: 'from debian:12\r\nrun apt-get update \\\r\n    # cleanup\r\n    && apt-get autoremove -y\r\n',
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM debian:12\nONBUILD RUN apt-get install -y make `\n    && apt clean\n',
      errors: [{ line: 4, column: 8, fix: 'safe' }],
      output: '# escape=`\nFROM debian:12\nONBUILD RUN apt-get install -y make `\n    && apt-get clean\n',
    },
  ],
});
