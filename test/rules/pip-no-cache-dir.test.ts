import { testRule } from '../lib/rule-tester.js';

testRule('pip-no-cache-dir', {
  valid: [
    'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n',
    { name: 'as a general option before install', code: 'FROM python:3.12-slim\nRUN pip3 --no-cache-dir install flask\n' },
    { name: 'ENV in the stage', code: 'FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1\nRUN pip install flask\n' },
    { name: 'ENV in the base stage, any value pip accepts', code: 'FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=off\nFROM base\nRUN pip install flask\n' },
    { name: 'ARG with a default', code: 'FROM python:3.12-slim\nARG PIP_NO_CACHE_DIR=true\nRUN pip install flask\n' },
    { name: 'a prefix on the command', code: 'FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n' },
    { name: 'given to env or sudo', code: 'FROM python:3.12-slim\nRUN env PIP_NO_CACHE_DIR=1 pip install a && sudo PIP_NO_CACHE_DIR=yes pip install b\n' },
    { name: 'exported earlier in the RUN', code: 'FROM python:3.12-slim\nRUN export PIP_NO_CACHE_DIR=1 && pip install flask\n' },
    { name: 'a cache mount on ~/.cache/pip', code: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n' },
    { name: 'a cache mount on ~/.cache', code: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/home/app/.cache,uid=1000 pip install --user flask\n' },
    { name: 'a cache mount on PIP_CACHE_DIR', code: 'FROM python:3.12-slim\nENV PIP_CACHE_DIR=/var/cache/pip\nRUN --mount=type=cache,target=/var/cache/pip pip install flask\n' },
    { name: 'a cache mount on --cache-dir', code: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/tmp/pipcache pip install --cache-dir=/tmp/pipcache flask\n' },
    { name: 'pipenv and pipx are other programs', code: 'FROM python:3.12-slim\nRUN pipenv install --system --deploy && pipx install black && python -m pipx install ruff\n' },
    { name: 'other pip subcommands', code: 'FROM python:3.12-slim\nRUN pip freeze > requirements.txt && pip uninstall -y setuptools\n' },
    { name: 'python running a script', code: 'FROM python:3.12-slim\nRUN python setup.py install\n' },
  ],
  invalid: [
    {
      name: 'pip install',
      code: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      errors: [{ line: 3, column: 5, endLine: 3, endColumn: 16, severity: 'warning', fix: 'safe' }],
      output: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
    },
    {
      name: 'python -m pip with python options, and versioned pip',
      code: 'FROM python:3.12-slim\nRUN python3 -u -m pip install -U pip && pip3.12 install --upgrade setuptools\n',
      errors: [{ line: 2, column: 5, endColumn: 30 }, { line: 2, column: 41, endColumn: 56 }],
      output: 'FROM python:3.12-slim\nRUN python3 -u -m pip install --no-cache-dir -U pip && pip3.12 install --no-cache-dir --upgrade setuptools\n',
    },
    {
      name: 'general options before install, full path and sudo',
      code: 'FROM ubuntu:24.04\nRUN sudo /usr/bin/pip3 --disable-pip-version-check --log /tmp/pip.log install numpy\n',
      errors: [{ line: 2, column: 10, endColumn: 78 }],
      output: 'FROM ubuntu:24.04\nRUN sudo /usr/bin/pip3 --disable-pip-version-check --log /tmp/pip.log install --no-cache-dir numpy\n',
    },
    {
      name: 'PIP_NO_CACHE_DIR set in another stage does not count',
      code: 'FROM python:3.12-slim AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN pip install flask\n',
      errors: [{ line: 4, column: 5 }],
      output: 'FROM python:3.12-slim AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n',
    },
    {
      name: 'an empty PIP_NO_CACHE_DIR does not turn the cache off',
      code: 'FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR= pip install flask\n',
      errors: [{ line: 2, column: 23 }],
      output: 'FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR= pip install --no-cache-dir flask\n',
    },
    {
      name: 'a cache mount elsewhere does not help',
      code: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/var/cache/apt pip install flask\n',
      errors: [{ line: 2, column: 46 }],
      output: 'FROM python:3.12-slim\nRUN --mount=type=cache,target=/var/cache/apt pip install --no-cache-dir flask\n',
    },
    {
      name: 'a bind mount of the cache folder does not keep it out',
      code: 'FROM python:3.12-slim\nRUN --mount=type=bind,source=wheels,target=/root/.cache/pip pip install flask\n',
      errors: [{ line: 2, column: 61 }],
      output: 'FROM python:3.12-slim\nRUN --mount=type=bind,source=wheels,target=/root/.cache/pip pip install --no-cache-dir flask\n',
    },
    {
      name: 'continuation lines with a comment, CRLF, lower case',
      code: 'from python:3.12-slim\r\nrun pip install \\\r\n    # web stack\r\n    flask gunicorn\r\n',
      errors: [{ line: 2, column: 5, endColumn: 16 }],
      output: 'from python:3.12-slim\r\nrun pip install --no-cache-dir \\\r\n    # web stack\r\n    flask gunicorn\r\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM python:3.12-slim\nRUN pip install `\n    flask\n',
      errors: [{ line: 3, column: 5 }],
      output: '# escape=`\nFROM python:3.12-slim\nRUN pip install --no-cache-dir `\n    flask\n',
    },
    {
      name: 'ONBUILD RUN',
      code: 'FROM python:3.12-slim\nONBUILD COPY requirements.txt .\nONBUILD RUN pip install -r requirements.txt\n',
      errors: [{ line: 3, column: 13 }],
      output: 'FROM python:3.12-slim\nONBUILD COPY requirements.txt .\nONBUILD RUN pip install --no-cache-dir -r requirements.txt\n',
    },
    {
      name: 'heredoc script',
      code: 'FROM python:3.12-slim\nRUN <<EOF\nset -e\npip install flask\nEOF\n',
      errors: [{ line: 4, column: 1, fix: 'safe' }],
      output: 'FROM python:3.12-slim\nRUN <<EOF\nset -e\npip install --no-cache-dir flask\nEOF\n',
    },
  ],
});
