import { testRule } from '../lib/rule-tester.js';

testRule('yum-missing-yes', {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
    { name: '--assumeyes before the subcommand', code: 'FROM centos:7\nRUN yum --assumeyes install httpd\n' },
    { name: 'in a bundle', code: 'FROM centos:7\nRUN yum -qy remove httpd\n' },
    { name: '--setopt', code: 'FROM centos:7\nRUN yum --setopt=assumeyes=1 update\n' },
    { name: 'read-only subcommands', code: 'FROM centos:7\nRUN yum list installed && yum info httpd && yum group list\n' },
    { name: 'exec form', code: 'FROM centos:7\nRUN ["yum", "install", "httpd"]\n' },
  ],
  invalid: [
    {
      name: 'install',
      code: 'FROM centos:7\nRUN yum install httpd && yum clean all\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 16, severity: 'warning', fix: 'safe' }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
    },
    {
      name: 'remove and update prompt too; -q does not answer',
      code: 'FROM centos:7\nRUN yum -q remove httpd; yum update\n',
      errors: [{ line: 2, column: 5 }, { line: 2, column: 26 }],
      output: 'FROM centos:7\nRUN yum -q remove -y httpd; yum update -y\n',
    },
    {
      name: 'group install',
      code: 'FROM centos:7\nRUN sudo yum group install "Development Tools"\n',
      errors: [{ line: 2, column: 10, endColumn: 27, message: '`yum group install`' }],
      output: 'FROM centos:7\nRUN sudo yum group install -y "Development Tools"\n',
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from centos:7\r\nrun yum \\\r\n    # quiet please\r\n    -q install \\\r\n    httpd\r\n',
      errors: [{ line: 2, column: 5, endLine: 4, endColumn: 15 }],
      output: 'from centos:7\r\nrun yum \\\r\n    # quiet please\r\n    -q install -y \\\r\n    httpd\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM centos:7\nRUN yum install `\n    httpd\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM centos:7\nRUN yum install -y `\n    httpd\n',
    },
    {
      name: 'ONBUILD',
      code: 'FROM centos:7\nONBUILD RUN yum localinstall /tmp/app.rpm\n',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM centos:7\nONBUILD RUN yum localinstall -y /tmp/app.rpm\n',
    },
  ],
});
