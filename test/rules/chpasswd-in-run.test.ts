import { testRule } from '../lib/rule-tester.js';

testRule('chpasswd-in-run', {
  valid: ['FROM ubuntu:24.04\nRUN useradd -m app\n', 'FROM ubuntu:24.04\nRUN echo chpasswd\n', 'FROM ubuntu:24.04\nRUN passwd -l root\n'],
  invalid: [
    { code: 'FROM ubuntu:24.04\nRUN useradd -m app && echo "app:changeme" | chpasswd\n', errors: [{ line: 2, column: 45, endColumn: 53 }], output: null },
    { name: 'passwd --stdin and sudo', code: 'FROM centos:7\nRUN echo secret | sudo passwd --stdin root\n', errors: [{ line: 2, message: '`passwd` writes a password' }], output: null },
    { name: 'in a continuation', code: 'FROM ubuntu:24.04\nRUN useradd app \\\n  && echo app:x \\\n  | /usr/sbin/chpasswd -e\n', errors: [{ line: 4, column: 5 }], output: null },
  ],
});
