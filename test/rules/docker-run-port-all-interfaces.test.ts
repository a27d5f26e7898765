import { testRule } from '../lib/rule-tester.js';

testRule('docker-run-port-all-interfaces', {
  valid: [
    '#!/bin/sh\ndocker run -d -p 127.0.0.1:8080:80 nginx:1.27\n',
    { name: 'an IPv6 loopback and a value the shell builds', code: 'docker run -p "[::1]:8080:80" -p "$PORT:80" --publish="${BIND}:443:443" nginx:1.27\n' },
    { name: 'words after the image are the container\'s command', code: 'docker run --rm alpine:3.20 nc -l -p 8080\n' },
    { name: '-P turned off', code: 'docker run --publish-all=false nginx:1.27\n' },
    { name: 'not a docker command', code: 'ssh -p 2222 host\necho docker run -p 80:80 x\n' },
    { name: 'a Makefile line that is no recipe', fileName: 'Makefile', code: 'RUN_FLAGS = docker run -p 80:80\nall:\n\techo done\n' },
  ],
  invalid: [
    {
      name: 'host and container port: 127.0.0.1 goes in front',
      code: '#!/usr/bin/env bash\nset -euo pipefail\ndocker run -d --name db -p 5432:5432 postgres:16\n',
      errors: [{ line: 3, column: 28, endColumn: 37, message: 'Port `5432:5432` of `db`', fix: 'unsafe' }],
      output: '#!/usr/bin/env bash\nset -euo pipefail\ndocker run -d --name db -p 127.0.0.1:5432:5432 postgres:16\n',
    },
    {
      name: 'container port only, in a bundle, with = and quotes',
      code: 'docker run -dp80 --publish="0.0.0.0:443:443" -p=8443:8443/tcp nginx:1.27\n',
      errors: [{ line: 1, column: 15 }, { line: 1, column: 28 }, { line: 1, column: 49 }],
      output: 'docker run -dp127.0.0.1::80 --publish="127.0.0.1:443:443" -p=127.0.0.1:8443:8443/tcp nginx:1.27\n',
    },
    {
      name: 'continuation lines, CRLF, sudo and docker container run',
      code: 'sudo docker container run \\\r\n  --detach \\\r\n  --publish 9000:9000 \\\r\n  minio/minio:RELEASE.2024-06-13T22-53-53Z server /data\r\n',
      errors: [{ line: 3, column: 13, endColumn: 22 }],
      output: 'sudo docker container run \\\r\n  --detach \\\r\n  --publish 127.0.0.1:9000:9000 \\\r\n  minio/minio:RELEASE.2024-06-13T22-53-53Z server /data\r\n',
    },
    {
      name: '-P publishes every exposed port: reported without a fix',
      code: 'podman run -dP --name web nginx:1.27\n',
      errors: [{ line: 1, column: 12, endColumn: 15, message: 'publishes every exposed port', fix: null }],
      output: null,
    },
    {
      name: 'an ignore comment covers the whole next command',
      code: '# shipshape ignore=docker-run-port-all-interfaces -- public on purpose\ndocker run -d \\\n  -p 80:80 traefik:v3\ndocker run -p 81:81 whoami\n',
      errors: [{ line: 4, column: 15 }],
      output: '# shipshape ignore=docker-run-port-all-interfaces -- public on purpose\ndocker run -d \\\n  -p 80:80 traefik:v3\ndocker run -p 127.0.0.1:81:81 whoami\n',
    },
    {
      name: 'inside a function and a command substitution',
      code: 'start() {\n  cid=$(docker create -p 6379:6379 redis:7)\n}\n',
      errors: [{ line: 2, column: 26 }],
      output: 'start() {\n  cid=$(docker create -p 127.0.0.1:6379:6379 redis:7)\n}\n',
    },
    {
      name: 'Makefile recipe: $(DOCKER) and $$ make syntax',
      fileName: 'Makefile',
      code: 'DOCKER ?= docker\n# local dev server\ndev: build\n\t-$(DOCKER) rm -f dev\n\t$(DOCKER) run --name dev -e HOME=$$HOME \\\n\t\t-p 3000:3000 $(IMAGE)\n',
      errors: [{ line: 6, column: 6 }],
      output: 'DOCKER ?= docker\n# local dev server\ndev: build\n\t-$(DOCKER) rm -f dev\n\t$(DOCKER) run --name dev -e HOME=$$HOME \\\n\t\t-p 127.0.0.1:3000:3000 $(IMAGE)\n',
    },
    {
      name: 'GitHub Actions: literal and folded blocks, a plain scalar',
      fileName: '.github/workflows/e2e.yaml',
      code: 'jobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker run -d -p 5432:5432 postgres:16\n      - run: >-\n          docker run -d\n          -p 6379:6379 redis:7\n      - run: docker run -d -p 8080:80 nginx:1.27\n',
      errors: [{ line: 6, column: 28 }, { line: 9, column: 14 }, { line: 10, column: 31 }],
      output:
        'jobs:\n  e2e:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker run -d -p 127.0.0.1:5432:5432 postgres:16\n      - run: >-\n          docker run -d\n          -p 127.0.0.1:6379:6379 redis:7\n      - run: docker run -d -p 127.0.0.1:8080:80 nginx:1.27\n',
    },
    {
      name: 'GitLab CI: job and global scripts, a quoted item',
      fileName: '.gitlab-ci.yml',
      code: 'before_script:\n  - docker run -d -p 4444:4444 selenium/standalone-chrome:4.21\nsmoke:\n  script:\n    - "docker run -d -p 8080:8080 $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"\n',
      errors: [{ line: 2, column: 22 }, { line: 5, column: 25 }],
      output:
        'before_script:\n  - docker run -d -p 127.0.0.1:4444:4444 selenium/standalone-chrome:4.21\nsmoke:\n  script:\n    - "docker run -d -p 127.0.0.1:8080:8080 $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA"\n',
    },
  ],
});
