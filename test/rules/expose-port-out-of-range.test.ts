import { testRule } from '../lib/rule-tester.js';

testRule('expose-port-out-of-range', {
  valid: [
    'FROM nginx:1.27\nEXPOSE 80 443/tcp 0 65535/udp 8000-8010\n',
    { name: 'variable without value', code: 'FROM nginx:1.27\nARG PORT\nEXPOSE $PORT\n' },
    { name: 'variable with a valid value', code: 'FROM nginx:1.27\nARG PORT=8080\nEXPOSE ${PORT}/tcp\n' },
    { name: 'host mappings are another rule\'s business', code: 'FROM nginx:1.27\nEXPOSE 80:80\n' },
  ],
  invalid: [
    {
      name: 'port above 65535',
      code: 'FROM nginx:1.27\nEXPOSE 80 80800\n',
      errors: [{ line: 2, column: 11, endColumn: 16, severity: 'error', message: 'out of range', fix: null }],
      output: null,
    },
    {
      name: 'range end above 65535, with protocol',
      code: 'FROM nginx:1.27\nEXPOSE 65000-70000/udp\n',
      errors: [{ line: 2, column: 8, message: 'out of range' }],
      output: null,
    },
    {
      name: 'backwards range, lower case, CRLF',
      code: 'from nginx:1.27\r\nexpose 9000-8000\r\n',
      errors: [{ line: 2, column: 8, message: 'runs backwards' }],
      output: null,
    },
    {
      name: 'from an ARG default, continuation with a comment',
      code: 'FROM nginx:1.27\nARG PORT=99999\nEXPOSE 80 \\\n  # app\n  $PORT\n',
      errors: [{ line: 5, column: 3 }],
      output: null,
    },
    {
      name: 'ONBUILD and backtick escape',
      code: '# escape=`\nFROM nginx:1.27\nONBUILD EXPOSE 123456\n',
      errors: [{ line: 3, column: 16 }],
      output: null,
    },
  ],
});
