import { testRule } from '../lib/rule-tester.js';

testRule('yum-unpinned', {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd-2.4.6-99.el7.centos.1 java-11-openjdk-11.0.23.0.9\n',
    { name: 'rpm files, URLs, groups', code: 'FROM centos:7\nRUN yum install -y https://example.com/epel-release-latest-7.noarch.rpm @development /tmp/app.rpm\n' },
    { name: 'module with a stream', code: 'FROM rockylinux:8\nRUN yum module install -y nodejs:20\n' },
  ],
  invalid: [
    {
      name: 'a dash is not a version (hadolint passes python3-devel)',
      code: 'FROM centos:7\nRUN yum install -y python3-devel gcc-c++ httpd-2.4.6\n',
      errors: [{ line: 2, column: 5, endColumn: 16, severity: 'info', message: 'installs python3-devel, gcc-c++ without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'module without a stream',
      code: 'FROM rockylinux:8\nRUN yum module install -y nodejs\n',
      errors: [{ line: 2, column: 5, message: '`name:stream`' }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment',
      code: 'from centos:7\r\nrun yum install -y \\\r\n    # web\r\n    httpd\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM centos:7\nRUN yum install -y `\n    httpd\n',
      errors: [{ line: 3, column: 5 }],
      output: null,
    },
  ],
});
