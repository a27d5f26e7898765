import { testRule } from '../lib/rule-tester.js';

testRule('sudo-in-run', {
  valid: [
    'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    { name: 'installing the sudo package', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y sudo && rm -rf /var/lib/apt/lists/*\n' },
    { name: 'sudo as an argument', code: 'FROM debian:12\nRUN usermod -aG sudo app && echo "app ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/app\n' },
    { name: 'asking whether sudo exists', code: 'FROM debian:12\nRUN if command -v sudo >/dev/null; then echo has sudo; fi\n' },
    { name: 'which sudo', code: 'FROM debian:12\nRUN which sudo || true\n' },
    { name: 'exec-form RUN is not a shell script', code: 'FROM debian:12\nRUN ["sudo", "true"]\n' },
    { name: 'sudo in CMD is not a build step', code: 'FROM debian:12\nCMD sudo service nginx start\n' },
    { name: 'sudo inside a quoted string', code: 'FROM debian:12\nRUN su app -c "sudo true"\n' },
  ],
  invalid: [
    {
      name: 'as root: every sudo removed, safe',
      code: 'FROM ubuntu:24.04\nRUN sudo apt-get update && sudo apt-get install -y curl\n',
      errors: [
        { line: 2, column: 5, endLine: 2, endColumn: 9, severity: 'warning', message: 'already runs as root', fix: 'safe' },
        { line: 2, column: 28, endColumn: 32, fix: 'safe' },
      ],
      output: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n',
    },
    {
      name: 'harmless options go with sudo',
      code: 'FROM debian:12\nRUN sudo -E -H apt-get install -y make && sudo -nu root make install\n',
      errors: [
        { line: 2, column: 5, fix: 'safe' },
        { line: 2, column: 43, fix: 'safe' },
      ],
      output: 'FROM debian:12\nRUN apt-get install -y make && make install\n',
    },
    {
      name: 'sudo -u another user changes who runs it: display-only',
      code: 'FROM debian:12\nRUN sudo -u app git clone https://example.com/repo.git /srv/repo\n',
      errors: [{ line: 2, column: 5, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'a login shell: display-only',
      code: 'FROM debian:12\nRUN sudo -i make install\n',
      errors: [{ line: 2, column: 5, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'after USER app: the command needs root, display-only',
      code: 'FROM debian:12\nRUN useradd -m app\nUSER app\nRUN sudo apt-get update\n',
      errors: [{ line: 4, column: 5, message: 'switch users with `USER root`', fix: 'display-only' }],
      output: null,
    },
    {
      name: 'a base image that runs as another user',
      code: 'FROM bitnami/python:3.12\nRUN sudo pip install --no-cache-dir flask\n',
      errors: [{ line: 2, column: 5, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'USER root again: safe',
      code: 'FROM node:20\nUSER node\nRUN npm ci\nUSER root\nRUN sudo chown -R node /app\n',
      errors: [{ line: 5, column: 5, fix: 'safe' }],
      output: 'FROM node:20\nUSER node\nRUN npm ci\nUSER root\nRUN chown -R node /app\n',
    },
    {
      name: 'USER from an ARG without a default: unknown, display-only',
      code: 'FROM debian:12\nARG RUN_AS\nUSER $RUN_AS\nRUN sudo true\n',
      errors: [{ line: 4, column: 5, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'nested in if, $( ) and after env',
      code: 'FROM debian:12\nRUN if [ -d /opt ]; then sudo rm -rf /opt/cache; fi && echo "$(sudo id -u)" && env LANG=C sudo make\n',
      errors: [{ line: 2, column: 26 }, { line: 2, column: 64 }, { line: 2, column: 91 }],
      output: 'FROM debian:12\nRUN if [ -d /opt ]; then rm -rf /opt/cache; fi && echo "$(id -u)" && env LANG=C make\n',
    },
    {
      name: 'full path to sudo',
      code: 'FROM debian:12\nRUN /usr/bin/sudo make install\n',
      errors: [{ line: 2, column: 5, endColumn: 18 }],
      output: 'FROM debian:12\nRUN make install\n',
    },
    {
      name: 'sudo without a command: no fix',
      code: 'FROM debian:12\nRUN sudo -v && make\n',
      errors: [{ line: 2, column: 5, fix: null }],
      output: null,
    },
    {
      name: 'sudo before a line continuation, with a comment inside',
      code: 'FROM debian:12\nRUN sudo -E \\\n    # refresh the index\n    apt-get update\n',
      errors: [{ line: 2, column: 5, fix: 'safe' }],
      output: 'FROM debian:12\nRUN \\\n    # refresh the index\n    apt-get update\n',
    },
    {
      name: 'CRLF and lower-case keywords',
      code: 'from debian:12\r\nrun sudo apt-get update \\\r\n && sudo apt-get install -y git\r\n',
      errors: [{ line: 2, column: 5 }, { line: 3, column: 5 }],
      output: 'from debian:12\r\nrun apt-get update \\\r\n && apt-get install -y git\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN sudo apt-get update `\n    && sudo apt-get install -y git\n',
      errors: [{ line: 3, column: 5 }, { line: 4, column: 8 }],
      output: '# escape=`\nFROM debian:12\nRUN apt-get update `\n    && apt-get install -y git\n',
    },
    {
      name: 'ONBUILD RUN: the user the stage ends with',
      code: 'FROM debian:12\nONBUILD RUN sudo make install\n',
      errors: [{ line: 2, column: 13, fix: 'safe' }],
      output: 'FROM debian:12\nONBUILD RUN make install\n',
    },
    {
      name: 'ONBUILD RUN in a stage that ends as a non-root user',
      code: 'FROM debian:12\nONBUILD RUN sudo make install\nUSER nobody\n',
      errors: [{ line: 2, column: 13, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'heredoc script: text is not deleted from the body, display-only',
      code: 'FROM debian:12\nRUN <<EOF\nset -e\nsudo apt-get update\nEOF\n',
      errors: [{ line: 4, column: 1, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'heredoc after a command on the RUN line: only the body is protected',
      code: 'FROM debian:12\nRUN sudo tee /etc/motd <<EOF\nsudo is not needed here\nEOF\n',
      errors: [{ line: 2, column: 5, fix: 'safe' }],
      output: 'FROM debian:12\nRUN tee /etc/motd <<EOF\nsudo is not needed here\nEOF\n',
    },
  ],
});
