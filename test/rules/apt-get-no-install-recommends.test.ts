import { testRule } from '../lib/rule-tester.js';

testRule('apt-get-no-install-recommends', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    { name: 'before install, or after the packages', code: 'FROM debian:12\nRUN apt-get --no-install-recommends install -y a && apt-get install -y b --no-install-recommends\n' },
    { name: 'as a boolean option', code: 'FROM debian:12\nRUN apt-get install -y --install-recommends=false curl\n' },
    { name: 'configured on the command line', code: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y a && apt-get -o APT::Install-Recommends=0 install -y b\n' },
    {
      name: 'configured in apt.conf.d by an earlier RUN',
      code: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "0";\' > /etc/apt/apt.conf.d/01norecommends\nRUN apt-get update && apt-get install -y curl\n',
    },
    {
      name: 'configured with printf and tee, several items',
      code: 'FROM debian:12\nRUN printf \'APT::Install-Recommends "false";\\nAPT::Install-Suggests "false";\\n\' | tee /etc/apt/apt.conf.d/99minimal\nRUN apt-get install -y curl\n',
    },
    { name: 'the apt front end is not checked', code: 'FROM debian:12\nRUN apt install -y curl\n' },
    { name: 'other subcommands', code: 'FROM debian:12\nRUN apt-get update && apt-get -y dist-upgrade && apt-get autoremove -y\n' },
  ],
  invalid: [
    {
      name: 'plain install: unsafe fix',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y python3 && rm -rf /var/lib/apt/lists/*\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 38, severity: 'info', fix: 'unsafe' }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y python3 && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'not applied without unsafe fixes',
      code: 'FROM debian:12\nRUN apt-get install -y python3\n',
      errors: [{ line: 2, column: 5, fix: 'unsafe' }],
      output: null,
      unsafe: false,
    },
    {
      name: 'Install-Recommends configured true',
      code: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install -y curl\n',
      errors: [{ line: 2, column: 5, endColumn: 52 }],
      output: 'FROM debian:12\nRUN apt-get -o APT::Install-Recommends=true install --no-install-recommends -y curl\n',
    },
    {
      name: 'apt.conf.d written to another file than apt reads does not count',
      code: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "0";\' > /tmp/apt.conf\nRUN apt-get install -y curl\n',
      errors: [{ line: 3, column: 5 }],
      output: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "0";\' > /tmp/apt.conf\nRUN apt-get install --no-install-recommends -y curl\n',
    },
    {
      name: 'sudo and an env prefix',
      code: 'FROM ubuntu:24.04\nRUN sudo DEBIAN_FRONTEND=noninteractive apt-get -qq install tzdata || true\n',
      errors: [{ line: 2, column: 41, endColumn: 60 }],
      output: 'FROM ubuntu:24.04\nRUN sudo DEBIAN_FRONTEND=noninteractive apt-get -qq install --no-install-recommends tzdata || true\n',
    },
    {
      name: 'inside if, continuation lines with a comment, CRLF, lower case',
      code: 'from debian:12\r\nrun if [ "$WITH_GIT" = 1 ]; then \\\r\n      # version control\r\n      apt-get install -y git; \\\r\n    fi\r\n',
      errors: [{ line: 4, column: 7, endColumn: 22 }],
      output: 'from debian:12\r\nrun if [ "$WITH_GIT" = 1 ]; then \\\r\n      # version control\r\n      apt-get install --no-install-recommends -y git; \\\r\n    fi\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install -y git\n',
      errors: [{ line: 4, column: 8 }],
      output: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install --no-install-recommends -y git\n',
    },
    {
      name: 'ONBUILD RUN',
      code: 'FROM debian:12\nONBUILD RUN apt-get install -y make\n',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nONBUILD RUN apt-get install --no-install-recommends -y make\n',
    },
    {
      name: 'heredoc script',
      code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
      errors: [{ line: 5, column: 1, fix: 'unsafe' }],
      output: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install --no-install-recommends -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    },
  ],
});
