import { testRule } from '../lib/rule-tester.js';

testRule('pip-unpinned', {
  valid: [
    'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3 "gunicorn>=22,<23" requests~=2.32\n',
    { name: 'requirements and constraints files', code: 'FROM python:3.12\nRUN pip install -r requirements.txt && pip install -c constraints.txt flask\n' },
    { name: 'local, archives, VCS at a revision, editable', code: 'FROM python:3.12\nRUN pip install . ./lib dist/app-1.0-py3-none-any.whl git+https://github.com/org/repo@v1.2 -e ./src\n' },
    { name: 'pipx is another program (hadolint #1067)', code: 'FROM python:3.12\nRUN pipx install poetry\n' },
    { name: 'versions from an ENV', code: 'FROM python:3.12\nENV POETRY_VERSION=1.8.5\nRUN pip install "poetry==$POETRY_VERSION"\n' },
  ],
  invalid: [
    {
      name: 'unpinned, VCS without a revision',
      code: 'FROM python:3.12\nRUN python3 -m pip install --upgrade pip flask==3.0.3 git+https://github.com/org/repo\n',
      errors: [{ line: 2, column: 5, endColumn: 27, severity: 'info', message: 'installs pip, git+https://github.com/org/repo without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'CRLF, lower case, continuation with a comment',
      code: 'from python:3.12\r\nrun pip3 install \\\r\n    # web\r\n    flask\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM python:3.12\nONBUILD RUN pip install `\n    flask\n',
      errors: [{ line: 3, column: 13 }],
      output: null,
    },
  ],
});
