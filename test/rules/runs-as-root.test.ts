import { describe, expect, it } from 'vitest';
import { fixSource } from '../../src/engine/fix.js';
import { rule } from '../../rules/runs-as-root.js';
import { lintOptionsFor, testRule } from '../lib/rule-tester.js';

const DEBIAN_USER = 'RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-log-init --no-create-home app';
const ALPINE_USER = 'RUN addgroup -S -g 10001 app && adduser -S -D -H -u 10001 -G app app';
const RHEL_USER = 'RUN groupadd -r -g 10001 app && useradd -r -u 10001 -g app app';

const ENTRYPOINT_WITH_GOSU = [
  '#!/bin/bash',
  'set -euo pipefail',
  'if [ "$(id -u)" = "0" ]; then',
  '  chown -R app:app /data',
  '  exec gosu app "$BASH_SOURCE" "$@"',
  'fi',
  'exec "$@"',
  '',
].join('\n');

testRule('runs-as-root', {
  valid: [
    { name: 'node image switched to node', code: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n' },
    { name: 'numeric user', code: 'FROM python:3.12-slim\nRUN useradd -r app\nUSER 10001:10001\nCMD ["python", "-m", "app"]\n' },
    { name: 'distroless nonroot', code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n' },
    { name: 'distroless debug-nonroot', code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\nCOPY app /app\n' },
    { name: 'chainguard', code: 'FROM cgr.dev/chainguard/python:latest\nCOPY app.py /app/\nENTRYPOINT ["python", "/app/app.py"]\n' },
    { name: 'bitnami', code: 'FROM bitnami/nginx:1.27\nCOPY site/ /app/\n' },
    { name: 'nginx-unprivileged', code: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY default.conf /etc/nginx/conf.d/\n' },
    { name: '.NET chiseled', code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\nWORKDIR /app\nCOPY --from=build /app .\nENTRYPOINT ["dotnet", "Api.dll"]\n' },
    { name: 'UBI python runs as 1001', code: 'FROM registry.access.redhat.com/ubi9/python-312\nCOPY . .\nCMD ["python", "app.py"]\n' },
    {
      name: 'multi-stage: a builder stage as root is fine',
      code: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
    },
    { name: 'inherits a non-root user from its base stage', code: 'FROM debian:12-slim AS base\nRUN useradd --system app\nUSER app\n\nFROM base\nCOPY run.sh /run.sh\nCMD ["/run.sh"]\n' },
    { name: 'USER through an ARG default', code: 'FROM alpine:3.20\nARG RUN_AS=nobody\nUSER ${RUN_AS}\n' },
    { name: 'USER through an ARG without default is not guessed', code: 'FROM alpine:3.20\nARG RUN_AS\nUSER $RUN_AS\n' },
    { name: 'unresolvable base image and no USER', code: 'ARG BASE\nFROM ${BASE}\nCOPY app /app\nCMD ["/app"]\n' },
    { name: 'root first, then a user', code: 'FROM ubuntu:22.04\nUSER root\nRUN apt-get update\nUSER www-data\n' },
    {
      name: 'images: config declares a private base image non-root',
      code: 'FROM registry.example.com/platform/python-base:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
      images: [{ image: 'registry.example.com/platform/*', nonRoot: true, user: 'app' }],
    },
    { name: 'ONBUILD USER root does not concern this image', code: 'FROM node:20\nUSER node\nONBUILD USER root\n' },
    { name: 'lower-case keywords', code: 'from node:20\nuser node\ncmd ["node"]\n' },
    { name: 'hadolint suppression by alias', code: 'FROM debian:12\nRUN apt-get update\n# hadolint ignore=DL3002\nUSER root\n' },
    { name: 'shipshape suppression on FROM', code: 'FROM debian:12\nRUN apt-get update\n\n# shipshape ignore=runs-as-root -- runs in a rootless runtime\nFROM debian:12\nCOPY tool /tool\n' },
  ],
  invalid: [
    {
      name: 'python slim: a user is created with Debian tools, USER above the comment on CMD',
      code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n# start the server\nCMD ["gunicorn", "app:app"]\n',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 22, severity: 'warning', message: 'no USER is set and `python:3.12-slim` runs as root', fix: 'unsafe' }],
      output: `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n${DEBIAN_USER}\nUSER 10001:10001\n# start the server\nCMD ["gunicorn", "app:app"]\n`,
    },
    {
      name: 'node: uses the image\'s node user',
      code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n',
      errors: [{ line: 1, column: 6, fix: 'unsafe' }],
      output: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nEXPOSE 3000\nUSER node\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'alpine: BusyBox addgroup/adduser, USER before ENTRYPOINT',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY app /usr/local/bin/app\nENTRYPOINT ["app"]\nCMD ["serve"]\n',
      errors: [{ line: 1, column: 6 }],
      output: `FROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY app /usr/local/bin/app\n${ALPINE_USER}\nUSER 10001:10001\nENTRYPOINT ["app"]\nCMD ["serve"]\n`,
    },
    {
      name: 'ubi9: RHEL tools',
      code: 'FROM registry.access.redhat.com/ubi9/ubi:9.4\nRUN dnf install -y python3 && dnf clean all\nCOPY app.py /opt/app/\nCMD ["python3", "/opt/app/app.py"]\n',
      errors: [{ line: 1, column: 6, endColumn: 45 }],
      output: `FROM registry.access.redhat.com/ubi9/ubi:9.4\nRUN dnf install -y python3 && dnf clean all\nCOPY app.py /opt/app/\n${RHEL_USER}\nUSER 10001:10001\nCMD ["python3", "/opt/app/app.py"]\n`,
    },
    {
      name: 'scratch: numeric 65532',
      code: 'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ line: 4, column: 6, message: '`scratch` has no user but root' }],
      output: 'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app .\n\nFROM scratch\nCOPY --from=build /app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'distroless static without :nonroot: numeric 65532',
      code: 'FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n',
    },
    {
      name: 'multi-stage: only the final stage is reported',
      code: 'FROM node:20 AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nCMD ["node", "index.js"]\n',
      errors: [{ line: 6, column: 6 }],
      output: 'FROM node:20 AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n\nFROM node:20-slim\nWORKDIR /app\nCOPY --from=deps /app/node_modules ./node_modules\nCOPY . .\nUSER node\nCMD ["node", "index.js"]\n',
    },
    {
      name: 'checkAllStages: build stages are reported too, without a fix',
      code: 'FROM node:20 AS deps\nRUN npm ci\n\nFROM node:20-slim\nCOPY --from=deps /node_modules /node_modules\n',
      options: { checkAllStages: true },
      errors: [
        { line: 1, column: 6, message: 'Stage `deps` runs as root', fix: null },
        { line: 4, column: 6, message: 'The image runs as root', fix: 'unsafe' },
      ],
      output: 'FROM node:20 AS deps\nRUN npm ci\n\nFROM node:20-slim\nCOPY --from=deps /node_modules /node_modules\nUSER node\n',
    },
    {
      name: 'inherits USER root from its base stage',
      code: 'FROM debian:12-slim AS base\nRUN useradd --system svc\nUSER svc\nRUN make\nUSER root\n\nFROM base\nCOPY entry.sh /entry.sh\nCMD ["/entry.sh"]\n',
      errors: [{ line: 7, column: 6, message: 'inherited from stage `base` (line 5)' }],
      output: 'FROM debian:12-slim AS base\nRUN useradd --system svc\nUSER svc\nRUN make\nUSER root\n\nFROM base\nCOPY entry.sh /entry.sh\nUSER svc\nCMD ["/entry.sh"]\n',
    },
    {
      name: 'a base stage without USER: the final stage runs as root',
      code: 'FROM ubuntu:22.04 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n\nFROM base\nCOPY app /usr/local/bin/app\nCMD ["app"]\n',
      errors: [{ line: 4, column: 6, endColumn: 10, message: 'no USER is set and `ubuntu:22.04` runs as root' }],
      output: `FROM ubuntu:22.04 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n\nFROM base\nCOPY app /usr/local/bin/app\n${DEBIAN_USER}\nUSER 10001:10001\nCMD ["app"]\n`,
    },
    {
      name: 'ARG default resolves to root',
      code: 'FROM debian:12\nARG RUN_AS=root\nRUN apt-get update\nUSER ${RUN_AS}\nCMD ["bash"]\n',
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 15, message: 'its last USER `${RUN_AS}` resolves to `root`' }],
      output: `FROM debian:12\nARG RUN_AS=root\nRUN apt-get update\n${DEBIAN_USER}\nUSER 10001:10001\nCMD ["bash"]\n`,
    },
    {
      name: 'USER root at the end after USER app: switch back in place',
      code: 'FROM python:3.12-slim\nRUN useradd --system --uid 1000 app\nUSER app\nCOPY --chown=app:app . /app\nUSER root\nCMD ["python", "/app/main.py"]\n',
      errors: [{ line: 5, column: 1, endColumn: 10, message: 'its last USER is `root`' }],
      output: 'FROM python:3.12-slim\nRUN useradd --system --uid 1000 app\nUSER app\nCOPY --chown=app:app . /app\nUSER app\nCMD ["python", "/app/main.py"]\n',
    },
    {
      name: 'USER root then steps that need it: switch back after them',
      code: 'FROM python:3.12-slim\nRUN useradd --system app\nUSER app\nRUN pip install --user flask\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCMD ["python", "-m", "flask", "run"]\n',
      errors: [{ line: 5, column: 1 }],
      output: 'FROM python:3.12-slim\nRUN useradd --system app\nUSER app\nRUN pip install --user flask\nUSER root\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5\nUSER app\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nCMD ["python", "-m", "flask", "run"]\n',
    },
    {
      name: 'USER 0:0 in an image with a user: replaced by it',
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nUSER 0:0\nCMD ["node", "."]\n',
      errors: [{ line: 4, column: 1, message: 'its last USER is `0:0`' }],
      output: 'FROM node:20\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "."]\n',
    },
    {
      name: 'USER root:root with nothing after it: the user is created just before',
      code: 'FROM debian:12-slim\nRUN apt-get update\nUSER root:root\nCMD ["bash"]\n',
      errors: [{ line: 3, column: 1 }],
      output: `FROM debian:12-slim\nRUN apt-get update\n${DEBIAN_USER}\nUSER 10001:10001\nCMD ["bash"]\n`,
    },
    {
      name: 'a user the Dockerfile creates but never switches to',
      code: 'FROM python:3.12-slim\nARG APP_USER=web\nRUN groupadd -r "$APP_USER" && useradd -r -g "$APP_USER" -ms /bin/bash "$APP_USER"\nCOPY . /srv\nCMD ["python", "/srv/app.py"]\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM python:3.12-slim\nARG APP_USER=web\nRUN groupadd -r "$APP_USER" && useradd -r -g "$APP_USER" -ms /bin/bash "$APP_USER"\nCOPY . /srv\nUSER web\nCMD ["python", "/srv/app.py"]\n',
    },
    {
      name: 'BusyBox adduser with a bundle and a group',
      code: 'FROM alpine:3.20\nRUN addgroup -S svc && adduser -S -D -h /srv svc svc\nCMD ["/srv/run"]\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM alpine:3.20\nRUN addgroup -S svc && adduser -S -D -h /srv svc svc\nUSER svc\nCMD ["/srv/run"]\n',
    },
    {
      name: 'ubuntu 24.04 ships the ubuntu user',
      code: 'FROM ubuntu:24.04\nRUN apt-get update\nCMD ["bash"]\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM ubuntu:24.04\nRUN apt-get update\nUSER ubuntu\nCMD ["bash"]\n',
    },
    {
      name: '.NET 8 ships app',
      code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY --from=build /app .\nENTRYPOINT ["dotnet", "Api.dll"]\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY --from=build /app .\nUSER app\nENTRYPOINT ["dotnet", "Api.dll"]\n',
    },
    {
      name: 'explicit USER root in a non-root base image',
      code: 'FROM bitnami/redis:7.2\nUSER root\nRUN install_packages curl\n',
      errors: [{ line: 2, column: 1 }],
      output: 'FROM bitnami/redis:7.2\nUSER root\nRUN install_packages curl\nUSER 1001\n',
    },
    {
      name: 'the USER goes above the comments on CMD, not above a blank line',
      code: 'FROM node:20\nCOPY . .\n\n# hadolint ignore=DL3025\n# shell form on purpose\nCMD node server.js\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM node:20\nCOPY . .\n\nUSER node\n# hadolint ignore=DL3025\n# shell form on purpose\nCMD node server.js\n',
    },
    {
      name: 'a comment ending a continued RUN stays in the RUN',
      code: 'FROM node:20\nRUN npm ci && \\\n    npm run build\n# the server\nCMD ["node", "dist/server.js"]\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM node:20\nRUN npm ci && \\\n    npm run build\nUSER node\n# the server\nCMD ["node", "dist/server.js"]\n',
    },
    {
      name: 'no start step: USER goes after the last instruction',
      code: 'FROM debian:12\nRUN apt-get update\nLABEL org.opencontainers.image.title=tool\n',
      errors: [{ line: 1, column: 6 }],
      output: `FROM debian:12\nRUN apt-get update\nLABEL org.opencontainers.image.title=tool\n${DEBIAN_USER}\nUSER 10001:10001\n`,
    },
    {
      name: 'a file without a trailing newline',
      code: 'FROM node:20\nCOPY . .',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM node:20\nCOPY . .\nUSER node\n',
    },
    {
      name: 'a file without a trailing newline, ending with CMD',
      code: 'FROM node:20\nCOPY . .\nCMD ["node", "."]',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM node:20\nCOPY . .\nUSER node\nCMD ["node", "."]',
    },
    {
      name: 'lower-case keywords',
      code: 'from python:3.12-slim\nrun pip install flask\ncopy . /app\ncmd ["flask", "run"]\n',
      errors: [{ line: 1, column: 6 }],
      output: `from python:3.12-slim\nrun pip install flask\ncopy . /app\n${DEBIAN_USER.replace('RUN', 'run')}\nuser 10001:10001\ncmd ["flask", "run"]\n`,
    },
    {
      name: 'lower-case USER root replaced',
      code: 'from node:20\ncopy . .\nuser root\ncmd ["node", "."]\n',
      errors: [{ line: 3, column: 1 }],
      output: 'from node:20\ncopy . .\nuser node\ncmd ["node", "."]\n',
    },
    {
      name: 'CRLF file',
      code: 'FROM alpine:3.20\r\nRUN apk add --no-cache tini\r\nENTRYPOINT ["/sbin/tini", "--"]\r\nCMD ["/app"]\r\n',
      errors: [{ line: 1, column: 6 }],
      output: `FROM alpine:3.20\r\nRUN apk add --no-cache tini\r\n${ALPINE_USER}\r\nUSER 10001:10001\r\nENTRYPOINT ["/sbin/tini", "--"]\r\nCMD ["/app"]\r\n`,
    },
    {
      name: 'backtick escape and continuation lines with a comment inside',
      code: '# escape=`\nFROM python:3.12-slim\nRUN apt-get update && `\n    # the client library\n    apt-get install -y --no-install-recommends libpq5\nCOPY . C:/app\nCMD ["python", "app.py"]\n',
      errors: [{ line: 2, column: 6 }],
      output: `# escape=\`\nFROM python:3.12-slim\nRUN apt-get update && \`\n    # the client library\n    apt-get install -y --no-install-recommends libpq5\nCOPY . C:/app\n${DEBIAN_USER}\nUSER 10001:10001\nCMD ["python", "app.py"]\n`,
    },
    {
      name: 'heredoc RUN as the last root step, indented instructions',
      code: 'FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nEOF\n  CMD ["curl", "--version"]\n',
      errors: [{ line: 1, column: 6 }],
      output: `FROM debian:12-slim\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nEOF\n  ${DEBIAN_USER}\n  USER 10001:10001\n  CMD ["curl", "--version"]\n`,
    },
    {
      name: 'CMD before the last RUN: the USER goes after the RUN',
      code: 'FROM alpine:3.20\nCMD ["sh"]\nRUN apk add --no-cache curl\n',
      errors: [{ line: 1, column: 6 }],
      output: `FROM alpine:3.20\nCMD ["sh"]\nRUN apk add --no-cache curl\n${ALPINE_USER}\nUSER 10001:10001\n`,
    },
    {
      name: 'unknown image: the family is read from apk',
      code: 'FROM registry.example.com/base/runtime:2\nRUN apk add --no-cache libstdc++\nCOPY app /app\nCMD ["/app"]\n',
      errors: [{ line: 1, column: 6, message: 'is taken to run as root (declare it under `images:`' }],
      output: `FROM registry.example.com/base/runtime:2\nRUN apk add --no-cache libstdc++\nCOPY app /app\n${ALPINE_USER}\nUSER 10001:10001\nCMD ["/app"]\n`,
    },
    {
      name: 'unknown image and distribution: display-only',
      code: 'FROM registry.example.com/base/runtime:2\nCOPY app /app\nCMD ["/app"]\n',
      errors: [{ line: 1, column: 6, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'amazonlinux has no useradd: display-only',
      code: 'FROM amazonlinux:2023\nRUN dnf install -y python3\nCMD ["python3"]\n',
      errors: [{ line: 1, column: 6, fix: 'display-only' }],
      output: null,
    },
    {
      name: 'amazonlinux that installs shadow-utils',
      code: 'FROM amazonlinux:2023\nRUN dnf install -y shadow-utils python3\nCMD ["python3"]\n',
      errors: [{ line: 1, column: 6, fix: 'unsafe' }],
      output: `FROM amazonlinux:2023\nRUN dnf install -y shadow-utils python3\n${RHEL_USER}\nUSER 10001:10001\nCMD ["python3"]\n`,
    },
    {
      name: 'FROM ${IMAGE} without default but an explicit USER root',
      code: 'ARG IMAGE\nFROM ${IMAGE}\nUSER root\nRUN apt-get update\n',
      errors: [{ line: 3, column: 1 }],
      output: `ARG IMAGE\nFROM \${IMAGE}\nUSER root\nRUN apt-get update\n${DEBIAN_USER}\nUSER 10001:10001\n`,
    },
    {
      name: 'images: config extension is consulted first',
      code: 'FROM registry.example.com/platform/python-base:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
      images: [{ image: 'registry.example.com/platform/*', nonRoot: false, availableUser: 'python', family: 'debian' }],
      errors: [{ line: 1, column: 6, message: 'runs as root' }],
      output: 'FROM registry.example.com/platform/python-base:3.12\nCOPY . /app\nUSER python\nCMD ["python", "/app/main.py"]\n',
    },
    {
      name: 'images: config overrides the bundled table',
      code: 'FROM node:20\nCOPY . .\nCMD ["node", "."]\n',
      images: [{ image: 'node', nonRoot: false, family: 'debian' }],
      errors: [{ line: 1, column: 6 }],
      output: `FROM node:20\nCOPY . .\n${DEBIAN_USER}\nUSER 10001:10001\nCMD ["node", "."]\n`,
    },
    {
      name: 'ONBUILD triggers are not steps of this image',
      code: 'FROM node:20\nRUN npm i -g serve\nONBUILD COPY . /app\nONBUILD RUN npm ci\nCMD ["serve"]\n',
      errors: [{ line: 1, column: 6 }],
      output: 'FROM node:20\nRUN npm i -g serve\nONBUILD COPY . /app\nONBUILD RUN npm ci\nUSER node\nCMD ["serve"]\n',
    },
    // Privilege dropping: reported as info, without a fix.
    {
      name: 'gosu installed in a RUN',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gosu && rm -rf /var/lib/apt/lists/*\nCOPY start.sh /start.sh\nENTRYPOINT ["/start.sh"]\n',
      errors: [{ line: 1, column: 6, severity: 'info', message: 'drops privileges with `gosu` set up on line 2', fix: null }],
      output: null,
    },
    {
      name: 'su-exec installed with apk',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache su-exec\nCMD ["/run.sh"]\n',
      errors: [{ line: 1, column: 6, severity: 'info', message: 'with `su-exec`', fix: null }],
      output: null,
    },
    {
      name: 'gosu in ENTRYPOINT after an explicit USER root',
      code: 'FROM myorg/base:1\nUSER root\nENTRYPOINT ["gosu", "app", "/usr/bin/server"]\n',
      errors: [{ line: 2, column: 1, severity: 'info', message: 'with `gosu` in ENTRYPOINT', fix: null }],
      output: null,
    },
    {
      name: 'setpriv in a shell-form CMD',
      code: 'FROM debian:12\nCMD exec setpriv --reuid=1000 --regid=1000 --init-groups /usr/bin/server\n',
      errors: [{ line: 1, severity: 'info', message: 'with `setpriv` in CMD' }],
      output: null,
    },
    {
      name: 'chroot --userspec inside sh -c',
      code: 'FROM debian:12\nENTRYPOINT ["sh", "-c", "exec chroot --userspec=app:app / /srv/server"]\n',
      errors: [{ line: 1, severity: 'info', message: 'with `chroot --userspec`' }],
      output: null,
    },
    {
      name: 'entrypoint script from the build context uses gosu',
      code: 'FROM debian:12-slim\nRUN useradd --system app\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["server"]\n',
      context: { 'docker-entrypoint.sh': ENTRYPOINT_WITH_GOSU },
      errors: [{ line: 1, column: 6, severity: 'info', message: 'with `gosu` in `docker-entrypoint.sh`', fix: null }],
      output: null,
    },
    {
      name: 'renamed entrypoint script in a sub-folder of the context',
      code: 'FROM debian:12-slim\nCOPY ./docker/entry.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n',
      context: { 'docker/entry.sh': ENTRYPOINT_WITH_GOSU },
      errors: [{ line: 1, severity: 'info', message: 'in `docker/entry.sh`' }],
      output: null,
    },
    {
      name: 'entrypoint script inside a copied folder',
      code: 'FROM debian:12-slim\nCOPY . /app\nENTRYPOINT ["/app/bin/start"]\n',
      context: { 'bin/start': ENTRYPOINT_WITH_GOSU },
      errors: [{ line: 1, severity: 'info', message: 'in `bin/start`' }],
      output: null,
    },
    {
      name: 'the whole context copied to / and run from there',
      code: 'FROM debian:12-slim\nCOPY . /\nENTRYPOINT ["/usr/bin/tini", "--", "/entrypoint.sh"]\n',
      context: { 'entrypoint.sh': ENTRYPOINT_WITH_GOSU },
      errors: [{ line: 1, severity: 'info', message: 'in `entrypoint.sh`' }],
      output: null,
    },
    {
      name: 'COPY . . and a relative script in shell-form CMD',
      code: 'FROM debian:12-slim\nWORKDIR /srv\nCOPY . .\nCMD ./bin/run.sh --port 80\n',
      context: { 'bin/run.sh': '#!/bin/sh\nexec runuser -u www-data -- /srv/server "$@"\n' },
      errors: [{ line: 1, severity: 'info', message: 'with `runuser` in `bin/run.sh`' }],
      output: null,
    },
    {
      name: 'entrypoint script from a COPY heredoc',
      code: 'FROM alpine:3.20\nCOPY <<EOF /entrypoint.sh\n#!/bin/sh\nexec su-exec app "$@"\nEOF\nENTRYPOINT ["/entrypoint.sh"]\n',
      errors: [{ line: 1, severity: 'info', message: 'with `su-exec` in the heredoc `entrypoint.sh`' }],
      output: null,
    },
    {
      name: 'entrypoint script without a drop tool is just root',
      code: 'FROM debian:12-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\nENTRYPOINT ["docker-entrypoint.sh"]\n',
      context: { 'docker-entrypoint.sh': '#!/bin/sh\n# we could use gosu here\nexec "$@"\n' },
      errors: [{ line: 1, column: 6, severity: 'warning', fix: 'unsafe' }],
      output: `FROM debian:12-slim\nCOPY docker-entrypoint.sh /usr/local/bin/\n${DEBIAN_USER}\nUSER 10001:10001\nENTRYPOINT ["docker-entrypoint.sh"]\n`,
    },
    {
      name: 'the base image\'s entrypoint drops privileges',
      code: 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
      errors: [{ line: 1, column: 6, severity: 'info', message: 'in the entrypoint of `postgres:16`' }],
      output: null,
    },
    {
      name: 'a base image that drops privileges, with its ENTRYPOINT replaced',
      code: 'FROM redis:7\nENTRYPOINT ["redis-server"]\n',
      errors: [{ line: 1, column: 6, severity: 'warning' }],
      output: `FROM redis:7\n${DEBIAN_USER}\nUSER 10001:10001\nENTRYPOINT ["redis-server"]\n`,
    },
  ],
});

describe('runs-as-root docs', () => {
  it('the fixed example is what the fix writes', () => {
    const { example, exampleFixed } = rule.meta.docs;
    expect(fixSource('Dockerfile', example, lintOptionsFor('runs-as-root', { code: example }), true).output).toBe(exampleFixed);
  });
});
