import { testRule } from '../lib/rule-tester.js';

const BASH = 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]';

testRule('pipefail-missing', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    { name: 'or-lists are not pipes', code: 'FROM debian:12\nRUN test -f /x || exit 1\n' },
    { name: 'a quoted bar', code: 'FROM debian:12\nRUN echo "a|b" \'c | d\'\n' },
    { name: 'SHELL with pipefail', code: `FROM debian:12\n${BASH}\nRUN curl -fsSL https://example.com | sh\n` },
    { name: 'option bundle in SHELL', code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://example.com | tar -xz\n' },
    { name: 'set -o pipefail earlier in the RUN', code: 'FROM debian:12\nRUN set -o pipefail && curl -fsSL https://example.com | sh\n' },
    { name: 'set -euo pipefail', code: 'FROM debian:12\nRUN set -euo pipefail; \\\n    curl -fsSL https://example.com | sh\n' },
    { name: 'exec form', code: 'FROM debian:12\nRUN ["/bin/bash", "-c", "curl -fsSL https://example.com | sh"]\n' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n' },
    { name: 'Windows image with its default cmd shell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr x\n' },
    { name: 'SHELL carries over to stages built on a stage', code: `FROM debian:12 AS base\n${BASH}\nFROM base\nRUN curl -fsSL https://example.com | sh\n` },
    { name: 'heredoc script for another interpreter', code: 'FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1 | 2)\nEOF\n' },
  ],
  invalid: [
    {
      name: 'Debian image: bash with pipefail before the first such RUN, one line for the stage',
      code: 'FROM debian:12\nRUN apt-get update\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\nRUN ls | wc -l\n',
      errors: [
        { line: 3, column: 40, endLine: 3, endColumn: 41, severity: 'warning', fix: 'unsafe' },
        { line: 4, column: 8, fix: 'unsafe' },
      ],
      output: `FROM debian:12\nRUN apt-get update\n${BASH}\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\nRUN ls | wc -l\n`,
    },
    {
      name: 'Alpine image: BusyBox ash',
      code: 'FROM alpine:3.20\nRUN wget -qO- https://example.com/x.tgz | tar -xz -C /opt\n',
      errors: [{ line: 2, column: 41, fix: 'unsafe' }],
      output: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://example.com/x.tgz | tar -xz -C /opt\n',
    },
    {
      name: 'a SHELL that knows the option gets it',
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN ps aux | grep -v grep\n',
      errors: [{ line: 3, column: 12 }],
      output: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN ps aux | grep -v grep\n',
    },
    {
      name: 'unknown base image: no fix',
      code: 'FROM registry.example.com/base:1.0\nRUN cat /etc/os-release | head -1\n',
      errors: [{ line: 2, column: 25, fix: null }],
      output: null,
    },
    {
      name: 'sh as SHELL: no fix',
      code: 'FROM debian:12\nSHELL ["/bin/sh", "-c"]\nRUN ls | wc -l\n',
      errors: [{ line: 3, fix: null }],
      output: null,
    },
    {
      name: 'set -o pipefail after the pipe does not count',
      code: 'FROM debian:12\nRUN ls | wc -l && set -o pipefail\n',
      errors: [{ line: 2, column: 8 }],
      output: `FROM debian:12\n${BASH}\nRUN ls | wc -l && set -o pipefail\n`,
    },
    {
      name: 'the first pipe of the RUN; |& and pipes in command substitutions count',
      code: 'FROM debian:12\nRUN SUM=$(curl -fsSL https://example.com | sha256sum) && make |& tee log\n',
      errors: [{ line: 2, column: 42, endColumn: 43 }],
      output: `FROM debian:12\n${BASH}\nRUN SUM=$(curl -fsSL https://example.com | sha256sum) && make |& tee log\n`,
    },
    {
      name: 'the SHELL line goes above the comment that describes the RUN',
      code: 'FROM debian:12\nRUN apt-get update\n# fetch the key\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
      errors: [{ line: 4, column: 40 }],
      output: `FROM debian:12\nRUN apt-get update\n${BASH}\n# fetch the key\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n`,
    },
    {
      name: 'lower case, CRLF, indented',
      code: 'from ubuntu:24.04\r\n  run ls | wc -l\r\n',
      errors: [{ line: 2, column: 10 }],
      output: 'from ubuntu:24.04\r\n  shell ["/bin/bash", "-o", "pipefail", "-c"]\r\n  run ls | wc -l\r\n',
    },
    {
      name: 'continuation lines with a comment inside',
      code: 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh \\\n    # run the installer\n    | sh\n',
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 6 }],
      output: `FROM debian:12\n${BASH}\nRUN curl -fsSL https://example.com/install.sh \\\n    # run the installer\n    | sh\n`,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN curl -fsSL https://example.com/install.sh `\n    | sh\n',
      errors: [{ line: 4, column: 5 }],
      output: `# escape=\`\nFROM debian:12\n${BASH}\nRUN curl -fsSL https://example.com/install.sh \`\n    | sh\n`,
    },
    {
      name: 'heredoc script',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\ndpkg -l | grep curl\nEOF\n',
      errors: [{ line: 4, column: 9 }],
      output: `FROM debian:12\n${BASH}\nRUN <<EOF\napt-get update\ndpkg -l | grep curl\nEOF\n`,
    },
    {
      name: 'heredoc script with a bash #!: SHELL does not reach it, no fix',
      code: 'FROM debian:12\nRUN <<EOF\n#!/bin/bash\ndpkg -l | grep curl\nEOF\n',
      errors: [{ line: 4, column: 9, fix: null }],
      output: null,
    },
    {
      name: 'ONBUILD trigger: reported, no fix',
      code: 'FROM debian:12\nONBUILD RUN ls | wc -l\n',
      errors: [{ line: 2, column: 16, fix: null, message: 'ONBUILD RUN' }],
      output: null,
    },
    {
      name: 'each stage gets its own line; a stage on a pipefail stage is fine',
      code: `FROM debian:12 AS base\n${BASH}\nRUN ls | wc -l\nFROM base AS test\nRUN ls | wc -l\nFROM alpine:3.20\nRUN ls | wc -l\n`,
      errors: [{ line: 7, column: 8 }],
      output: `FROM debian:12 AS base\n${BASH}\nRUN ls | wc -l\nFROM base AS test\nRUN ls | wc -l\nFROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN ls | wc -l\n`,
    },
    {
      name: 'unsafe fix not applied without the option',
      code: 'FROM debian:12\nRUN ls | wc -l\n',
      unsafe: false,
      errors: [{ line: 2, fix: 'unsafe' }],
      output: null,
    },
    {
      name: 'image facts from config',
      code: 'FROM registry.example.com/base:1.0\nRUN ls | wc -l\n',
      images: [{ image: 'registry.example.com/base', bash: true }],
      errors: [{ line: 2, fix: 'unsafe' }],
      output: `FROM registry.example.com/base:1.0\n${BASH}\nRUN ls | wc -l\n`,
    },
  ],
});
