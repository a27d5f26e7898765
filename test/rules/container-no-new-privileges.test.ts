import { testRule } from '../lib/rule-tester.js';

testRule('container-no-new-privileges', {
  valid: [
    'services:\n  api:\n    image: x\n    security_opt:\n      - no-new-privileges:true\n',
    'services:\n  api:\n    image: x\n    security_opt: ["no-new-privileges"]\n',
    { name: 'through a merge key', code: 'x-hardened: &hardened\n  security_opt:\n    - no-new-privileges=true\nservices:\n  api:\n    <<: *hardened\n    image: x\n' },
    { name: 'docker run with the option', fileName: 'deploy.sh', code: '#!/bin/sh\ndocker run -d --security-opt no-new-privileges nginx:1.27\ndocker run --security-opt=no-new-privileges:true redis:7\n' },
    { name: 'the option among the container\'s command is not the container\'s', fileName: 'deploy.sh', code: 'echo docker run x\n' },
    { name: 'a Makefile recipe with the option', fileName: 'Makefile', code: 'run:\n\tdocker run --security-opt no-new-privileges:true $(IMAGE)\n' },
  ],
  invalid: [
    {
      name: 'missing: a new list is added at the service indentation',
      code: 'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    ports:\n      - "127.0.0.1:8080:8080"\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n',
      errors: [{ line: 2, column: 3, endColumn: 6, message: '`api` can gain privileges', fix: 'safe' }, { line: 6, column: 3 }],
      output:
        'services:\n  api:\n    image: ghcr.io/acme/api:1.4.2\n    ports:\n      - "127.0.0.1:8080:8080"\n    security_opt:\n      - no-new-privileges:true\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    security_opt:\n      - no-new-privileges:true\n',
    },
    {
      name: 'an existing list gets an item, in its own style',
      code: 'services:\n  api:\n    security_opt:\n    - apparmor:docker-default\n    image: x\n',
      errors: [{ line: 2 }],
      output: 'services:\n  api:\n    security_opt:\n    - apparmor:docker-default\n    - no-new-privileges:true\n    image: x\n',
    },
    {
      name: 'explicitly false',
      code: 'services:\n  api:\n    image: x\n    security_opt: ["no-new-privileges:false"]\n',
      errors: [{ line: 4, column: 20, message: 'turns no-new-privileges off' }],
      output: 'services:\n  api:\n    image: x\n    security_opt: ["no-new-privileges:true"]\n',
    },
    {
      name: 'four-space indentation, CRLF, no final newline',
      code: 'services:\r\n    api:\r\n        image: x',
      errors: [{ line: 2 }],
      output: 'services:\r\n    api:\r\n        image: x\r\n        security_opt:\r\n            - no-new-privileges:true\r\n',
    },
    {
      name: 'a flow-style service cannot take a list: reported without a fix',
      code: 'services:\n  api: {image: x}\n',
      errors: [{ line: 2, fix: null }],
      output: null,
    },
    {
      name: 'docker run: the flag goes right after `run`',
      fileName: 'deploy.sh',
      code: '#!/bin/sh\nset -eu\ndocker run -d --name api -p 127.0.0.1:8080:8080 ghcr.io/acme/api:1.4.2 serve --port 8080\n',
      errors: [{ line: 3, column: 1, endColumn: 11, message: '`api` can gain privileges through setuid binaries: add `--security-opt no-new-privileges:true`', fix: 'safe' }],
      output: '#!/bin/sh\nset -eu\ndocker run --security-opt no-new-privileges:true -d --name api -p 127.0.0.1:8080:8080 ghcr.io/acme/api:1.4.2 serve --port 8080\n',
    },
    {
      name: 'docker run with continuation lines: a line of its own, CRLF kept',
      fileName: 'deploy.sh',
      code: 'docker run \\\r\n    --detach \\\r\n    nginx:1.27\r\n',
      errors: [{ line: 1 }],
      output: 'docker run \\\r\n    --security-opt no-new-privileges:true \\\r\n    --detach \\\r\n    nginx:1.27\r\n',
    },
    {
      name: 'explicitly false, quoted: the value is set to true inside the quotes',
      fileName: 'deploy.sh',
      code: 'sudo docker container create --security-opt="no-new-privileges=false" alpine:3.20\n',
      errors: [{ line: 1, column: 45, message: 'turns no-new-privileges off' }],
      output: 'sudo docker container create --security-opt="no-new-privileges=true" alpine:3.20\n',
    },
    {
      name: 'podman, a comment above keeps its place; an ignore comment silences the next command',
      fileName: 'deploy.sh',
      code: '# start the cache\npodman run -dit redis:7\n# shipshape ignore=container-no-new-privileges -- legacy image\ndocker run \\\n  legacy:1\n',
      errors: [{ line: 2 }],
      output: '# start the cache\npodman run --security-opt no-new-privileges:true -dit redis:7\n# shipshape ignore=container-no-new-privileges -- legacy image\ndocker run \\\n  legacy:1\n',
    },
    {
      name: 'Makefile recipe with a make variable as the image and tab-indented continuation',
      fileName: 'Makefile',
      code: 'IMAGE ?= acme/api:dev\n\nrun: build\n\t@docker run --rm \\\n\t\t-p 127.0.0.1:8080:8080 \\\n\t\t$(IMAGE)\n',
      errors: [{ line: 4, column: 3, message: '`$(IMAGE)` can gain privileges' }],
      output: 'IMAGE ?= acme/api:dev\n\nrun: build\n\t@docker run --security-opt no-new-privileges:true --rm \\\n\t\t-p 127.0.0.1:8080:8080 \\\n\t\t$(IMAGE)\n',
    },
    {
      name: 'GitHub Actions run block',
      fileName: '.github/workflows/ci.yml',
      code: 'on: push\njobs:\n  smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Start the API\n        run: |\n          docker run \\\n            -d ghcr.io/acme/api:${{ github.sha }}\n      - run: docker run -d nginx:1.27\n        shell: pwsh\n',
      errors: [{ line: 8, column: 11 }],
      output:
        'on: push\njobs:\n  smoke:\n    runs-on: ubuntu-latest\n    steps:\n      - name: Start the API\n        run: |\n          docker run \\\n            --security-opt no-new-privileges:true \\\n            -d ghcr.io/acme/api:${{ github.sha }}\n      - run: docker run -d nginx:1.27\n        shell: pwsh\n',
    },
    {
      name: 'GitLab CI script list',
      fileName: '.gitlab-ci.yml',
      code: 'e2e:\n  script:\n    - docker run -d --name db postgres:16\n    - npm test\n',
      errors: [{ line: 3, column: 7, message: '`db`' }],
      output: 'e2e:\n  script:\n    - docker run --security-opt no-new-privileges:true -d --name db postgres:16\n    - npm test\n',
    },
  ],
});
