import { testRule } from '../lib/rule-tester.js';

testRule('wget-and-curl', {
  valid: [
    'FROM debian:12\nRUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b\n',
    { name: 'installing is not using', code: 'FROM debian:12\nRUN apt-get install -y wget curl\nRUN curl -fsSLO https://example.com/a\n' },
    { name: 'different stages (hadolint #322)', code: 'FROM debian:12 AS a\nRUN wget -q https://example.com/a\nFROM debian:12\nRUN curl -fsSLO https://example.com/b\n' },
    { name: 'an ONBUILD trigger runs in a later image', code: 'FROM debian:12\nONBUILD RUN wget -q https://example.com/a\nRUN curl -fsSLO https://example.com/b\n' },
  ],
  invalid: [
    {
      name: 'reported once, on the second tool',
      code: 'FROM debian:12\nRUN curl -fsSLO https://example.com/a\nRUN wget -q https://example.com/b\nRUN curl -fsSLO https://example.com/c && wget -q https://example.com/d\n',
      errors: [{ line: 3, column: 5, endColumn: 9, severity: 'info', message: '`curl` (line 2)', fix: null }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment, sudo',
      code: 'from debian:12\r\nrun wget -q https://example.com/a \\\r\n    # and another\r\n    && sudo curl -fsSLO https://example.com/b\r\n',
      errors: [{ line: 4, column: 13 }],
      output: null,
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM debian:12\nRUN wget -q https://example.com/a `\n    && curl -fsSLO https://example.com/b\n',
      errors: [{ line: 4, column: 8 }],
      output: null,
    },
  ],
});
