import { testRule } from '../lib/rule-tester.js';

testRule('compose-deploy-restart-attempts', {
  valid: [
    'services:\n  api:\n    image: x\n    deploy:\n      restart_policy:\n        condition: on-failure\n        max_attempts: 3\n',
    'services:\n  api:\n    image: x\n    deploy:\n      restart_policy:\n        condition: none\n',
    'services:\n  api:\n    image: x\n    deploy:\n      replicas: 2\n',
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    image: x\n    deploy:\n      restart_policy:\n        condition: on-failure\n        delay: 5s # back off\n      replicas: 2\n',
      errors: [{ line: 5, column: 7, endColumn: 21, fix: 'unsafe' }],
      output: 'services:\n  api:\n    image: x\n    deploy:\n      restart_policy:\n        condition: on-failure\n        delay: 5s # back off\n        max_attempts: 5\n      replicas: 2\n',
    },
    {
      name: 'flow style, through a merge key',
      code: 'x-deploy: &deploy\n  restart_policy: {condition: any}\nservices:\n  api:\n    image: x\n    deploy: *deploy\n',
      errors: [{ line: 2, column: 3 }],
      output: 'x-deploy: &deploy\n  restart_policy: {condition: any, max_attempts: 5}\nservices:\n  api:\n    image: x\n    deploy: *deploy\n',
    },
  ],
});
