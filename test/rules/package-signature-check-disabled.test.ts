import { testRule } from '../lib/rule-tester.js';

testRule('package-signature-check-disabled', {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    { name: 'inside strings, other files, checks turned on', code: 'FROM fedora:40\nRUN echo "apk add --allow-untrusted" && echo gpgcheck=0 > /tmp/notes && sed -i "s/gpgcheck=0/gpgcheck=1/" /etc/yum.conf && echo repo_gpgcheck=0 >> /etc/yum.conf\n' },
    { name: 'apt options set false', code: 'FROM debian:12\nRUN apt-get -o APT::Get::AllowUnauthenticated=false install -y curl\n' },
    {
      name: 'Go: another checksum database, private modules, a value Go does not read as off',
      code: 'FROM golang:1.23\nENV GOSUMDB=sum.golang.org GONOSUMDB=example.com/private GOPRIVATE=example.com\nARG GOSUMDB\nRUN GOSUMDB=OFF go env && echo GOSUMDB=off\n',
    },
  ],
  invalid: [
    {
      name: 'apk and apt',
      code: 'FROM debian:12\nRUN apk add --allow-untrusted /tmp/x.apk && apt-get install -y --allow-unauthenticated --force-yes x && apt-get -o APT::Get::AllowUnauthenticated=true install y\n',
      errors: [
        { line: 2, column: 13, endColumn: 30, severity: 'error', fix: 'unsafe' },
        { line: 2, column: 64, endColumn: 87 },
        { line: 2, column: 88, endColumn: 99 },
        { line: 2, column: 113, endColumn: 151 },
      ],
      output: 'FROM debian:12\nRUN apk add /tmp/x.apk && apt-get install -y x && apt-get install y\n',
    },
    {
      name: 'dnf, yum, rpm, zypper',
      code: 'FROM fedora:40\nRUN dnf install --nogpgcheck -y x && yum --setopt=*.gpgcheck=0 install z && rpm -ivh --nosignature --nodigest x.rpm && zypper --no-gpg-checks in x\n',
      errors: [{ line: 2, column: 17 }, { line: 2, column: 42 }, { line: 2, column: 86 }, { line: 2, column: 100 }, { line: 2, column: 127 }],
      output: 'FROM fedora:40\nRUN dnf install -y x && yum install z && rpm -ivh x.rpm && zypper in x\n',
    },
    {
      name: 'configuration written to files has no fix',
      code: 'FROM debian:12\nRUN echo "deb [trusted=yes] http://x/ ./" > /etc/apt/sources.list.d/x.list && sed -i \'s/gpgcheck=1/gpgcheck=0/\' /etc/yum.repos.d/x.repo\nRUN printf "[x]\\ngpgcheck=0\\n" | tee /etc/yum.repos.d/x.repo\n',
      errors: [{ line: 2, column: 5, endColumn: 75, fix: null }, { line: 2, column: 79, fix: null }, { line: 3, column: 34, fix: null }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment, ONBUILD',
      code: 'from alpine:3.20\r\nrun apk add \\\r\n    # vendor package\r\n    --allow-untrusted /tmp/x.apk\r\nonbuild run apk add --allow-untrusted /x.apk\r\n',
      errors: [{ line: 4, column: 5 }, { line: 5, column: 21 }],
      output: 'from alpine:3.20\r\nrun apk add \\\r\n    # vendor package\r\n    /tmp/x.apk\r\nonbuild run apk add /x.apk\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nRUN apk add `\n    --allow-untrusted /x.apk\n',
      errors: [{ line: 4, column: 5 }],
      output: '# escape=`\nFROM alpine:3.20\nRUN apk add `\n    /x.apk\n',
    },
    {
      name: 'GOSUMDB=off in ENV (other settings kept), ARG, a RUN prefix and export (no fix)',
      code: 'FROM golang:1.23\nENV CGO_ENABLED=0 GOSUMDB=off\nARG GOSUMDB=off\nRUN GOSUMDB=off go mod download && export GOSUMDB=off\n',
      errors: [
        { line: 2, column: 19, endColumn: 30, message: '`ENV GOSUMDB=off` turns off the Go checksum database', fix: 'unsafe' },
        { line: 3, column: 5, endColumn: 16, message: '`ARG GOSUMDB=off`', fix: 'unsafe' },
        { line: 4, column: 5, endColumn: 16, message: '`GOSUMDB=off` turns off', fix: 'unsafe' },
        { line: 4, column: 43, endColumn: 54, fix: null },
      ],
      output: 'FROM golang:1.23\nENV CGO_ENABLED=0\nRUN go mod download && export GOSUMDB=off\n',
    },
    {
      name: 'an option alone on a continued line goes with its line (CRLF kept)',
      code: 'FROM debian:12\r\nRUN apt-get install -y \\\r\n    --allow-unauthenticated  \\\r\n    vendor-agent\r\n',
      errors: [{ line: 3, column: 5, endColumn: 28 }],
      output: 'FROM debian:12\r\nRUN apt-get install -y \\\r\n    vendor-agent\r\n',
    },
    {
      name: 'GOSUMDB from an ARG default',
      code: 'FROM golang:1.23\nARG SUMDB=off\nENV GOSUMDB=$SUMDB\n',
      errors: [{ line: 3, column: 5, endColumn: 19, message: '`ENV GOSUMDB=off`' }],
      output: 'FROM golang:1.23\nARG SUMDB=off\n',
    },
    {
      name: 'heredoc script: shown, not applied',
      code: 'FROM alpine:3.20\nRUN <<EOF\napk add --allow-untrusted /x.apk\nEOF\n',
      errors: [{ line: 3, column: 9, fix: 'display-only' }],
      output: null,
    },
  ],
});
