import { testRule } from '../lib/rule-tester.js';

testRule('apt-get-missing-yes', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'long options', code: 'FROM debian:12\nRUN apt-get install --yes curl && apt-get install --assume-yes git\n' },
    { name: 'in a bundle, before or after install', code: 'FROM debian:12\nRUN apt-get -qy install curl && apt-get install -yq git && apt-get install curl -y\n' },
    { name: 'quiet level 2 implies yes', code: 'FROM debian:12\nRUN apt-get -qq install a && apt-get -q -q install b && apt-get -q=2 install c && apt-get --quiet=2 install d\n' },
    { name: 'configured on the command line', code: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=true install curl && apt-get -oAPT::Get::Assume-Yes=1 install git\n' },
    {
      name: 'configured in apt.conf.d by an earlier RUN of the base stage',
      code: 'FROM debian:12 AS base\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90assumeyes\nFROM base\nRUN apt-get update && apt-get install curl\n',
    },
    { name: 'configured through tee earlier in the same RUN', code: 'FROM debian:12\nRUN echo \'APT::Get::Assume-Yes "1";\' | tee /etc/apt/apt.conf.d/90yes && apt-get install curl\n' },
    { name: 'other subcommands', code: 'FROM debian:12\nRUN apt-get update && apt-get clean && apt-get -y upgrade\n' },
    { name: 'the apt front end is not checked', code: 'FROM debian:12\nRUN apt install curl\n' },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["apt-get", "install", "curl"]\n' },
    { name: 'an option value that reads like a subcommand', code: 'FROM debian:12\nRUN apt-get -t install -y upgrade\n' },
  ],
  invalid: [
    {
      name: 'plain install',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 38, severity: 'warning', fix: 'safe' }],
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    },
    {
      name: 'a single -q does not answer the prompt',
      code: 'FROM debian:12\nRUN apt-get -q install curl\n',
      errors: [{ line: 2, column: 5, endColumn: 23 }],
      output: 'FROM debian:12\nRUN apt-get -q install -y curl\n',
    },
    {
      name: 'Assume-Yes configured false',
      code: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=false install a\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM debian:12\nRUN apt-get -o APT::Get::Assume-Yes=false install -y a\n',
    },
    {
      name: 'sudo, env prefix and full path',
      code: 'FROM ubuntu:24.04\nRUN DEBIAN_FRONTEND=noninteractive sudo /usr/bin/apt-get install tzdata\n',
      errors: [{ line: 2, column: 41, endColumn: 65 }],
      output: 'FROM ubuntu:24.04\nRUN DEBIAN_FRONTEND=noninteractive sudo /usr/bin/apt-get install -y tzdata\n',
    },
    {
      name: 'config of an unrelated stage does not count',
      code: 'FROM debian:12 AS a\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\nFROM debian:12\nRUN apt-get install curl\n',
      errors: [{ line: 4, column: 5 }],
      output: 'FROM debian:12 AS a\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\nFROM debian:12\nRUN apt-get install -y curl\n',
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from debian:12\r\nrun apt-get update \\\r\n    # tools\r\n    && apt-get install \\\r\n       git \\\r\n    && rm -rf /var/lib/apt/lists/*\r\n',
      errors: [{ line: 4, column: 8, endLine: 4, endColumn: 23 }],
      output: 'from debian:12\r\nrun apt-get update \\\r\n    # tools\r\n    && apt-get install -y \\\r\n       git \\\r\n    && rm -rf /var/lib/apt/lists/*\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install git\n',
      errors: [{ line: 4, column: 8 }],
      output: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install -y git\n',
    },
    {
      name: 'ONBUILD RUN',
      code: 'FROM debian:12\nONBUILD RUN apt-get install make\n',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM debian:12\nONBUILD RUN apt-get install -y make\n',
    },
    {
      name: 'heredoc script',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n',
      errors: [{ line: 4, column: 1, fix: 'safe' }],
      output: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
    },
    {
      name: 'every install of the RUN',
      code: 'FROM debian:12\nRUN apt-get install a; apt-get install b\n',
      errors: [{ line: 2, column: 5 }, { line: 2, column: 24 }],
      output: 'FROM debian:12\nRUN apt-get install -y a; apt-get install -y b\n',
    },
  ],
});
