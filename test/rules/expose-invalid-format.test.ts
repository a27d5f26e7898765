import { testRule } from '../lib/rule-tester.js';

testRule('expose-invalid-format', {
  valid: ['FROM nginx:1.27\nEXPOSE 80 8000-8010/tcp\n'],
  invalid: [
    {
      name: 'address and host port',
      code: 'FROM nginx:1.27\nEXPOSE 127.0.0.1:8080:80/tcp 9090:90\n',
      errors: [
        { line: 2, column: 8, endColumn: 29, severity: 'warning', fix: 'safe' },
        { line: 2, column: 30, endColumn: 37 },
      ],
      output: 'FROM nginx:1.27\nEXPOSE 80/tcp 90\n',
    },
    {
      name: 'from a variable: no fix; lower case, CRLF',
      code: 'from nginx:1.27\r\nenv HOST_PORT=8080\r\nexpose $HOST_PORT:80\r\n',
      errors: [{ line: 3, column: 8, fix: null }],
      output: null,
    },
    {
      name: 'ONBUILD trigger, backtick escape',
      code: '# escape=`\nFROM nginx:1.27\nONBUILD EXPOSE 8080:80\n',
      errors: [{ line: 3, column: 16 }],
      output: '# escape=`\nFROM nginx:1.27\nONBUILD EXPOSE 80\n',
    },
  ],
});
