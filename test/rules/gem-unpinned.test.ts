import { testRule } from '../lib/rule-tester.js';

testRule('gem-unpinned', {
  valid: [
    'FROM ruby:3.3\nRUN gem install bundler:2.5.22 rake:13.2.1\n',
    { name: '-v', code: 'FROM ruby:3.3\nRUN gem install bundler -v 2.5.22 && gem install --version=13.2.1 rake\n' },
    { name: 'a local gem', code: 'FROM ruby:3.3\nRUN gem install ./pkg/app-1.0.0.gem\n' },
  ],
  invalid: [
    {
      name: 'unpinned',
      code: 'FROM ruby:3.3\nRUN gem install --no-document bundler\n',
      errors: [{ line: 2, column: 5, endColumn: 16, severity: 'info', message: 'installs bundler without a pinned version', fix: null }],
      output: null,
    },
    {
      name: 'gem i, CRLF, lower case, continuation with a comment',
      code: 'from ruby:3.3\r\nrun gem i \\\r\n    # tasks\r\n    rake\r\n',
      errors: [{ line: 2, column: 5 }],
      output: null,
    },
    {
      name: 'backtick escape and ONBUILD',
      code: '# escape=`\nFROM ruby:3.3\nONBUILD RUN gem install `\n    rake\n',
      errors: [{ line: 3, column: 13 }],
      output: null,
    },
  ],
});
