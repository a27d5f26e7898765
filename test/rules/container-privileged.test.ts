import { testRule } from '../lib/rule-tester.js';

testRule('container-privileged', {
  valid: ['services:\n  api:\n    image: x\n    privileged: false\n', 'services:\n  api:\n    image: x\n'],
  invalid: [
    {
      code: 'services:\n  agent:\n    image: x\n    privileged: true # needs /dev\n',
      errors: [{ line: 4, column: 17, endColumn: 21, severity: 'error', fix: 'display-only' }],
      output: null,
    },
    { name: 'flow style, CRLF', code: 'services:\r\n  agent: {image: x, privileged: true}\r\n', errors: [{ line: 2, column: 33 }], output: null },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run --rm --privileged docker:27-dind\ndocker run --privileged=false alpine:3.20\n',
      errors: [{ line: 1, column: 17, endColumn: 29, message: 'remove `--privileged`' }],
      output: null,
    },
  ],
});
