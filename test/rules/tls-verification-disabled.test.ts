import { testRule } from '../lib/rule-tester.js';

testRule('tls-verification-disabled', {
  valid: [
    'FROM alpine:3.20\nRUN curl -fsSL https://example.com/a.tgz | tar -xz\n',
    { name: 'flags inside strings and as option values', code: 'FROM alpine:3.20\nRUN echo "curl -k https://x" && curl -H -k https://x && curl -o -k https://y\n' },
    { name: 'settings that keep checks on', code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true\nRUN npm config set strict-ssl true && git config http.sslVerify true\n' },
    { name: 'ARG without a value sets nothing', code: 'FROM alpine:3.20\nARG GIT_SSL_NO_VERIFY\n' },
    { name: 'a lookalike variable name', code: 'FROM alpine:3.20\nENV GIT_SSL_NO_VERIFY_X=1\n' },
    { name: 'sslverify written elsewhere or turned on by sed', code: 'FROM fedora:40\nRUN printf "sslverify=0" > /tmp/notes && sed -i "s/sslverify=0/sslverify=1/" /etc/yum.conf\n' },
    { name: 'exec form is not a shell', code: 'FROM alpine:3.20\nRUN ["curl", "-k", "https://x"]\n' },
    { name: 'a bare assignment is not exported', code: 'FROM alpine:3.20\nRUN GIT_SSL_NO_VERIFY=1; git clone https://x\n' },
  ],
  invalid: [
    {
      name: 'curl bundle, wget and curl --insecure',
      code: 'FROM alpine:3.20\nRUN curl -fsSLk https://x/y | tar xz && wget --no-check-certificate -O- https://z && curl --insecure -o a https://q\n',
      errors: [
        { line: 2, column: 10, endColumn: 16, severity: 'warning', message: '`-k` turns off TLS certificate checks for curl', fix: 'unsafe' },
        { line: 2, column: 46, endColumn: 68, fix: 'unsafe' },
        { line: 2, column: 91, endColumn: 101, fix: 'unsafe' },
      ],
      output: 'FROM alpine:3.20\nRUN curl -fsSL https://x/y | tar xz && wget -O- https://z && curl -o a https://q\n',
    },
    {
      name: 'pip options, pip config, prefix and ENV/ARG settings',
      code: 'FROM python:3.12\nRUN pip install --trusted-host pypi.org requests && python3 -m pip install --trusted-host=h x\nRUN pip config set global.trusted-host pypi.org && PIP_TRUSTED_HOST=pypi.org pip install x\nENV A=1 PYTHONHTTPSVERIFY=0 B=2\nARG GIT_SSL_NO_VERIFY=\n',
      errors: [
        { line: 2, column: 17, endColumn: 40 },
        { line: 2, column: 76, endColumn: 92 },
        { line: 3, column: 5, endColumn: 48, fix: null },
        { line: 3, column: 52, endColumn: 77, fix: 'unsafe' },
        { line: 4, column: 9, endColumn: 28, message: 'Python' },
        { line: 5, column: 5, endColumn: 23, message: 'git' },
      ],
      output: 'FROM python:3.12\nRUN pip install requests && python3 -m pip install x\nRUN pip config set global.trusted-host pypi.org && pip install x\nENV A=1 B=2\n',
    },
    {
      name: 'npm and yarn',
      code: 'FROM node:20\nRUN npm config set strict-ssl false && yarn config set strict-ssl false && npm ci --no-strict-ssl && npm i --strict-ssl false y\n',
      errors: [{ line: 2, column: 5, fix: null }, { line: 2, column: 40, fix: null }, { line: 2, column: 83 }, { line: 2, column: 108, endColumn: 126 }],
      output: 'FROM node:20\nRUN npm config set strict-ssl false && yarn config set strict-ssl false && npm ci && npm i y\n',
    },
    {
      name: 'git, yum/dnf options and files, apt, aws',
      code: 'FROM fedora:40\nRUN git -c http.sslVerify=false clone https://x && git config --global http.sslVerify false\nRUN dnf install --setopt epel.sslverify=false y && echo "sslverify=0" >> /etc/yum.conf\nRUN apt-get -o Acquire::https::Verify-Peer=false update && aws s3 cp --no-verify-ssl s3://a b\n',
      errors: [
        { line: 2, column: 9, endColumn: 32 },
        { line: 2, column: 52, fix: null },
        { line: 3, column: 17, endColumn: 46 },
        { line: 3, column: 52, fix: null },
        { line: 4, column: 13 },
        { line: 4, column: 70 },
      ],
      output: 'FROM fedora:40\nRUN git clone https://x && git config --global http.sslVerify false\nRUN dnf install y && echo "sslverify=0" >> /etc/yum.conf\nRUN apt-get update && aws s3 cp s3://a b\n',
    },
    {
      name: 'the only ENV setting removes the instruction; export with one name has no fix',
      code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\nRUN export GOINSECURE=example.com && go build\n',
      errors: [{ line: 2, column: 5, fix: 'unsafe' }, { line: 3, column: 12, fix: null }],
      output: 'FROM node:20\nRUN export GOINSECURE=example.com && go build\n',
    },
    {
      name: 'ENV value from an ARG',
      code: 'FROM node:20\nARG TLS=0\nENV NODE_TLS_REJECT_UNAUTHORIZED=$TLS\n',
      errors: [{ line: 3, column: 5 }],
      output: 'FROM node:20\nARG TLS=0\n',
    },
    {
      name: 'quoted values are read without their quotes',
      code: 'FROM node:20\nARG TLS="0"\nENV NODE_TLS_REJECT_UNAUTHORIZED="0" PYTHONHTTPSVERIFY=$TLS\n',
      errors: [{ line: 3, column: 5, endColumn: 37 }, { line: 3, column: 38 }],
      output: 'FROM node:20\nARG TLS="0"\n',
    },
    {
      name: 'CRLF, lower case, ONBUILD',
      code: 'from alpine:3.20\r\nonbuild run curl -k https://x\r\n',
      errors: [{ line: 2, column: 18, endColumn: 20 }],
      output: 'from alpine:3.20\r\nonbuild run curl https://x\r\n',
    },
    {
      name: 'heredoc script: shown, not applied',
      code: 'FROM alpine:3.20\nRUN <<EOF\ncurl -k https://y\nEOF\n',
      errors: [{ line: 3, column: 6, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'backtick escape and a comment inside the continuation',
      code: '# escape=`\nFROM alpine:3.20\nRUN curl `\n    # insecure for now\n    -k https://x\n',
      errors: [{ line: 5, column: 5 }],
      output: '# escape=`\nFROM alpine:3.20\nRUN curl `\n    # insecure for now\n    https://x\n',
    },
  ],
});
