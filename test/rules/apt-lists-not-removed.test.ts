import { testRule } from '../lib/rule-tester.js';

const RM = 'rm -rf /var/lib/apt/lists/*';

testRule('apt-lists-not-removed', {
  valid: [
    `FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && ${RM}\n`,
    { name: 'the folder itself, with sudo', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && sudo rm -fr /var/lib/apt/lists\n' },
    { name: 'a folder above it', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl; rm -rf /var/lib/apt/*\n' },
    { name: 'no update', code: 'FROM debian:12\nRUN apt-get install -y ./local.deb\n' },
    {
      name: 'a builder stage does not ship its lists',
      code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nRUN make\n\nFROM gcr.io/distroless/cc-debian12\nCOPY --from=build /src/app /app\n',
    },
    { name: 'a cache mount on the lists', code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y curl\n' },
    {
      name: 'cache mounts on /var/lib/apt and /var/cache/apt',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt \\\n    apt-get update && apt-get install -y curl\n',
    },
    { name: 'a tmpfs on the lists', code: 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n' },
    { name: 'a heredoc script that cleans up', code: `FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\n${RM}\nEOF\n` },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["apt-get", "update"]\n' },
  ],
  invalid: [
    {
      name: 'appended to the end of the RUN',
      code: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 19, severity: 'info', message: '`apt-get update`', fix: 'safe' }],
      output: `FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl && ${RM}\n`,
    },
    {
      name: 'a trailing semicolon stays last',
      code: 'FROM debian:12\nRUN apt-get update; apt-get install -y curl;\n',
      errors: [{ line: 2, column: 5 }],
      output: `FROM debian:12\nRUN apt-get update; apt-get install -y curl && ${RM};\n`,
    },
    {
      name: 'after a redirect and an || fallback',
      code: 'FROM debian:12\nRUN apt-get update > /dev/null && apt-get install -y curl 2>&1 || echo failed\n',
      errors: [{ line: 2, column: 5 }],
      output: `FROM debian:12\nRUN apt-get update > /dev/null && apt-get install -y curl 2>&1 || echo failed && ${RM}\n`,
    },
    {
      name: 'removed before the update does not count; the last update is reported',
      code: `FROM debian:12\nRUN ${RM} && apt-get update && apt-get -y upgrade && apt-get update\n`,
      errors: [{ line: 2, column: 76, endColumn: 90 }],
      output: `FROM debian:12\nRUN ${RM} && apt-get update && apt-get -y upgrade && apt-get update && ${RM}\n`,
    },
    {
      name: 'the apt front end',
      code: 'FROM debian:12\nRUN apt update && apt install -y curl\n',
      errors: [{ line: 2, column: 5, endColumn: 15, message: '`apt update`' }],
      output: `FROM debian:12\nRUN apt update && apt install -y curl && ${RM}\n`,
    },
    {
      name: 'a later RUN installs without updating: display-only',
      code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
      errors: [{ line: 2, column: 5, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'a later stage built on this one installs without updating: display-only',
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y ca-certificates\nFROM base AS test\nRUN apt-get install -y pytest\nFROM base\nCOPY app /app\n',
      errors: [{ line: 2, column: 5, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'later RUNs that update first: safe, each one fixed',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get install -y git\n',
      errors: [{ line: 2, column: 5, fix: 'safe' }, { line: 3, column: 5, fix: 'safe' }],
      output: `FROM debian:12\nRUN apt-get update && apt-get install -y curl && ${RM}\nRUN apt-get update && apt-get install -y git && ${RM}\n`,
    },
    {
      name: 'the base stage of the final image is reported',
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\n\nFROM base\nCMD ["curl", "--version"]\n',
      errors: [{ line: 2, column: 5, fix: 'safe' }],
      output: `FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl && ${RM}\n\nFROM base\nCMD ["curl", "--version"]\n`,
    },
    {
      name: 'a cache mount elsewhere does not help',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n',
      errors: [{ line: 2, column: 46 }],
      output: `FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl && ${RM}\n`,
    },
    {
      name: 'ends in a compound command: no fix',
      code: 'FROM debian:12\nRUN apt-get update && if [ -n "$EXTRA" ]; then apt-get install -y $EXTRA; fi\n',
      errors: [{ line: 2, column: 5, fix: null }],
      output: null,
    },
    {
      name: 'ends in a background job: no fix',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl &\n',
      errors: [{ line: 2, column: 5, fix: null }],
      output: null,
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from debian:12\r\nrun apt-get update \\\r\n    # the tools we need\r\n    && apt-get install -y \\\r\n        curl \\\r\n        git\r\n',
      errors: [{ line: 2, column: 5 }],
      output: `from debian:12\r\nrun apt-get update \\\r\n    # the tools we need\r\n    && apt-get install -y \\\r\n        curl \\\r\n        git && ${RM}\r\n`,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install -y git\n',
      errors: [{ line: 3, column: 5 }],
      output: `# escape=\`\nFROM debian:12\nRUN apt-get update \`\n    && apt-get install -y git && ${RM}\n`,
    },
    {
      name: 'heredoc script: appended to its last command',
      code: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n',
      errors: [{ line: 4, column: 1, fix: 'safe' }],
      output: `FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl && ${RM}\nEOF\n`,
    },
    {
      name: 'ONBUILD RUN',
      code: 'FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y make\n',
      errors: [{ line: 2, column: 13, fix: 'safe' }],
      output: `FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y make && ${RM}\n`,
    },
    {
      name: 'an ONBUILD trigger installs without updating: display-only',
      code: 'FROM debian:12\nONBUILD RUN apt-get install -y make\nRUN apt-get update && apt-get install -y gcc\n',
      errors: [{ line: 3, column: 5, fix: 'display-only' }],
      output: null,
    },
  ],
});
