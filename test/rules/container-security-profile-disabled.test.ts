import { testRule } from '../lib/rule-tester.js';

testRule('container-security-profile-disabled', {
  valid: ['services:\n  api:\n    image: x\n    security_opt:\n      - seccomp:./seccomp.json\n      - no-new-privileges:true\n'],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x\n    security_opt:\n      - seccomp:unconfined\n      - "apparmor=unconfined"\n',
      errors: [
        { line: 5, column: 9, endColumn: 27, message: 'seccomp profile', severity: 'error', fix: 'display-only' },
        { line: 6, column: 9, message: 'apparmor profile' },
      ],
      output: null,
    },
    {
      name: 'docker run',
      fileName: 'deploy.sh',
      code: 'docker run --security-opt seccomp=unconfined --security-opt apparmor:unconfined ghcr.io/acme/tracer:0.3\n',
      errors: [{ line: 1, column: 27 }, { line: 1, column: 61 }],
      output: null,
    },
  ],
});
