import { testRule } from '../lib/rule-tester.js';

testRule('yum-cache-not-cleaned', {
  valid: [
    'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
    { name: 'rm of the cache', code: 'FROM centos:7\nRUN yum install -y httpd && rm -rf /var/cache/yum/*\n' },
    { name: 'a cache mount', code: 'FROM centos:7\nRUN --mount=type=cache,target=/var/cache/yum yum install -y httpd\n' },
    { name: 'a builder stage does not ship its cache', code: 'FROM centos:7 AS build\nRUN yum install -y gcc\nFROM scratch\nCOPY --from=build /usr/bin/gcc /gcc\n' },
    { name: 'no install', code: 'FROM centos:7\nRUN yum list installed\n' },
  ],
  invalid: [
    {
      name: 'appended to the end of the RUN',
      code: 'FROM centos:7\nRUN yum install -y httpd\n',
      errors: [{ line: 2, column: 5, endColumn: 16, severity: 'info', message: '`yum install`', fix: 'safe' }],
      output: 'FROM centos:7\nRUN yum install -y httpd && yum clean all\n',
    },
    {
      name: 'a clean-up before the install does not count; a trailing ; stays last',
      code: 'FROM centos:7\nRUN yum clean all && yum -y update;\n',
      errors: [{ line: 2, column: 22 }],
      output: 'FROM centos:7\nRUN yum clean all && yum -y update && yum clean all;\n',
    },
    {
      name: 'yum clean metadata is not all',
      code: 'FROM centos:7\nRUN sudo yum install -y httpd && sudo yum clean metadata\n',
      errors: [{ line: 2, column: 10 }],
      output: 'FROM centos:7\nRUN sudo yum install -y httpd && sudo yum clean metadata && sudo yum clean all\n',
    },
    {
      name: 'ends in a compound command: no fix',
      code: 'FROM centos:7\nRUN if true; then yum install -y httpd; fi\n',
      errors: [{ line: 2, column: 19, fix: null }],
      output: null,
    },
    {
      name: 'continuation lines with comments, CRLF, lower case',
      code: 'from centos:7\r\nrun yum install -y \\\r\n    # web server\r\n    httpd\r\n',
      errors: [{ line: 2, column: 5 }],
      output: 'from centos:7\r\nrun yum install -y \\\r\n    # web server\r\n    httpd && yum clean all\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM centos:7\nRUN yum install -y `\n    httpd\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM centos:7\nRUN yum install -y `\n    httpd && yum clean all\n',
    },
    {
      name: 'heredoc script and ONBUILD',
      code: 'FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd\nEOF\nONBUILD RUN yum install -y git\n',
      errors: [{ line: 4, column: 1 }, { line: 6, column: 13 }],
      output: 'FROM centos:7\nRUN <<EOF\nset -e\nyum install -y httpd && yum clean all\nEOF\nONBUILD RUN yum install -y git && yum clean all\n',
    },
  ],
});
