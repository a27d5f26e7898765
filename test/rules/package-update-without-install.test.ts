import { testRule } from '../lib/rule-tester.js';

testRule('package-update-without-install', {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    'FROM alpine:3.20\nRUN apk update && apk add curl\n',
    { name: 'apt then apt-get', code: 'FROM debian:12\nRUN apt update && apt-get install -y curl\n' },
    { name: 'dnf makecache then install', code: 'FROM fedora:40\nRUN dnf makecache && dnf install -y git\n' },
    { name: 'install in a continuation with a comment', code: 'FROM debian:12\nRUN apt-get update \\\n  # then\n  && apt-get install -y curl\n' },
    'FROM debian:12\nRUN apt-get install -y curl\n',
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n', errors: [{ line: 2, column: 5, endColumn: 19, message: '`apt-get update` with no install after it' }], output: null },
    { name: 'install before the update', code: 'FROM alpine:3.20\nRUN apk add curl && apk update\n', errors: [{ line: 2, column: 21 }], output: null },
    { name: 'yum and zypper, lower case, CRLF', code: 'from centos:7\r\nrun yum update -y\r\nrun zypper refresh\r\n', errors: [{ line: 2 }, { line: 3 }], output: null },
    { name: 'another manager installs', code: 'FROM debian:12\nRUN apt-get update && pip install flask\n', errors: [{ line: 2 }], output: null },
  ],
});
