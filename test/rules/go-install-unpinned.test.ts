import { testRule } from '../lib/rule-tester.js';

testRule('go-install-unpinned', {
  valid: [
    'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n',
    { name: 'local packages', code: 'FROM golang:1.23\nRUN go install ./cmd/... && go build -o /app . && go run main.go --flag x\n' },
    { name: 'go run checks only the package', code: 'FROM golang:1.23\nRUN go run example.com/gen@v1.0.0 example.com/not-a-package\n' },
    { name: 'flags with values', code: 'FROM golang:1.23\nRUN go install -ldflags "-s -w" -tags netgo example.com/tool@v1.2.3\n' },
  ],
  invalid: [
    {
      name: '@latest and no version',
      code: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest example.com/tool\n',
      errors: [{ line: 2, column: 5, endColumn: 15, severity: 'info', message: 'installs golang.org/x/tools/gopls@latest, example.com/tool without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'go get, CRLF, lower case, continuation with a comment',
      code: 'from golang:1.23\r\nrun go get \\\r\n    # the linter\r\n    example.com/lint@upgrade\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM golang:1.23\nONBUILD RUN go install `\n    example.com/tool\n',
      errors: [{ line: 3, column: 13 }],
      output: null,
    },
  ],
});
