import { testRule } from '../lib/rule-tester.js';

testRule('container-env-secret', {
  valid: [
    'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n      POSTGRES_USER: app\n      API_TOKEN: ${API_TOKEN}\n      SECRET_KEY: ""\n',
    { name: 'list form from the environment', code: 'services:\n  api:\n    image: x\n    environment:\n      - DB_PASSWORD=${DB_PASSWORD:?}\n      - STRIPE_API_KEY\n      - TOKEN_TTL=3600\n' },
    { name: 'a URL without a password', code: 'services:\n  api:\n    image: x\n    environment:\n      DATABASE_URL: postgres://db:5432/app\n' },
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: hunter2 # dev only\n      DATABASE_URL: "postgres://app:s3cret@db:5432/app"\n',
      errors: [
        { line: 5, column: 26, endColumn: 33, message: 'is a literal value', fix: 'display-only' },
        { line: 6, column: 21, message: 'a URL with a password' },
      ],
      output: null,
    },
    {
      name: 'a merge key inside environment: the merged variables, unless overridden',
      code: 'x-env: &env\n  DB_PASSWORD: hunter2\n  API_TOKEN: abc\nservices:\n  api:\n    image: x\n    environment:\n      <<: *env\n      API_TOKEN: ${API_TOKEN}\n',
      errors: [{ line: 2, column: 16, message: '`DB_PASSWORD` of `api`' }],
      output: null,
    },
    {
      name: 'list form, through a merge key',
      code: 'x-env: &env\n  environment:\n    - STRIPE_API_KEY=sk_live_123\n    - GITHUB_TOKEN=ghp_abc$$def\nservices:\n  api:\n    <<: *env\n    image: x\n',
      errors: [{ line: 3, column: 7, message: '`STRIPE_API_KEY`' }, { line: 4, column: 7, message: '`GITHUB_TOKEN`' }],
      output: null,
    },
    {
      name: 'docker run: a literal secret, not one from the environment',
      fileName: 'deploy.sh',
      code: 'docker run -e DB_PASSWORD=hunter2 -e "API_TOKEN=$API_TOKEN" -e LOG_LEVEL=info ghcr.io/acme/api:1.4.2\n',
      errors: [{ line: 1, column: 27, endColumn: 34, message: 'pass `-e DB_PASSWORD` without a value', fix: 'display-only' }],
      output: null,
    },
  ],
});
