import { testRule } from '../lib/rule-tester.js';

testRule('remote-script-piped-to-shell', {
  valid: [
    'FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar -xz\n',
    { name: 'downloaded to a file first', code: 'FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://x && sh /tmp/i.sh && wget -O /tmp/x https://y | sh\n' },
    { name: 'the shell runs a file or a -c script', code: 'FROM debian:12\nRUN curl -s https://x | bash /tmp/script.sh && curl https://x | sh -c "cat > /tmp/y"\n' },
    { name: 'in a string', code: 'FROM debian:12\nRUN echo "curl https://x | sh"\n' },
  ],
  invalid: [
    {
      name: 'pipes into shells and interpreters',
      code: 'FROM debian:12\nRUN curl -fsSL https://x/i.sh | sh && wget -qO- https://y | sudo -E bash -s -- --yes && curl -sL https://z | python3 -\n',
      errors: [
        { line: 2, column: 5, endColumn: 35, severity: 'warning', fix: null },
        { line: 2, column: 39, endColumn: 85 },
        { line: 2, column: 89, endColumn: 119 },
      ],
      output: null,
    },
    {
      name: 'process and command substitution',
      code: 'FROM debian:12\nRUN bash <(curl -s https://w) && sh -c "$(curl -fsSL https://v)"\nRUN eval "$(curl -fsSL https://u)" && . <(wget -O - https://t)\n',
      errors: [{ line: 2, column: 5, endColumn: 30 }, { line: 2, column: 34 }, { line: 3, column: 5 }, { line: 3, column: 39 }],
      output: null,
    },
    {
      name: 'CRLF, lower case, ONBUILD, continuation with a comment, heredoc',
      code: 'from debian:12\r\nonbuild run curl -fsSL https://x | sh\r\nrun curl -fsSL https://x \\\r\n# installer\r\n  | bash\r\nrun <<EOF\r\ncurl -fsSL https://y | sh\r\nEOF\r\n',
      errors: [{ line: 2, column: 13 }, { line: 3, column: 5, endLine: 5, endColumn: 9 }, { line: 7, column: 1 }],
      output: null,
    },
  ],
});
