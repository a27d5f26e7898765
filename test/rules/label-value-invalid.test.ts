import { describe, expect, it } from 'vitest';
import { hasFormat } from '../../rules/lib/labels.js';
import { testRule } from '../lib/rule-tester.js';

const options = {
  labelSchema: {
    'org.opencontainers.image.source': 'url',
    'org.opencontainers.image.created': 'rfc3339',
    'org.opencontainers.image.licenses': 'spdx',
    'org.opencontainers.image.revision': 'hash',
    'org.opencontainers.image.version': 'semver',
    maintainer: 'email',
    description: 'text',
  },
};

testRule('label-value-invalid', {
  valid: [
    { name: 'inactive without a schema', code: 'FROM alpine:3.20\nLABEL maintainer=nobody\n' },
    {
      name: 'all well-formed',
      code:
        'FROM alpine:3.20\nLABEL org.opencontainers.image.source="https://github.com/example/app" \\\n' +
        '      org.opencontainers.image.created=2024-05-01T12:00:00Z \\\n' +
        '      org.opencontainers.image.licenses="MIT OR Apache-2.0" \\\n' +
        '      org.opencontainers.image.revision=4f2a9c1 \\\n' +
        '      org.opencontainers.image.version=2.0.0-rc.1+build.5 \\\n' +
        '      maintainer=team@example.com description="anything"\n',
      options,
    },
    { name: 'a variable without value is not checked (hadolint reports it)', code: 'FROM alpine:3.20\nARG BUILD_DATE\nLABEL org.opencontainers.image.created=$BUILD_DATE\n', options },
  ],
  invalid: [
    {
      name: 'URL without scheme',
      code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.source="github.com/example/app"\n',
      options,
      errors: [{ line: 2, column: 39, endColumn: 63, severity: 'warning', message: 'a URL', fix: null }],
      output: null,
    },
    {
      name: 'empty schema label, bad semver from an ARG default, lower case, CRLF',
      code: 'from alpine:3.20\r\narg VERSION=v1.2\r\nlabel description="" org.opencontainers.image.version=$VERSION\r\n',
      options,
      errors: [{ line: 3, column: 19, message: 'is empty' }, { line: 3, column: 55, message: 'semantic version' }],
      output: null,
    },
    {
      name: 'bad date, email, hash and licence across a continuation with a comment',
      code:
        'FROM alpine:3.20\nLABEL org.opencontainers.image.created="2024-13-01" \\\n# who\n' +
        '  maintainer="Team <team@example.com>" org.opencontainers.image.revision=ABC123 org.opencontainers.image.licenses="MIT OR"\n',
      options,
      errors: [{ line: 2, message: 'RFC 3339' }, { line: 4, message: 'email' }, { line: 4, message: 'git commit' }, { line: 4, message: 'SPDX' }],
      output: null,
    },
    {
      name: 'ONBUILD, backtick escape',
      code: '# escape=`\nFROM alpine:3.20\nONBUILD LABEL maintainer=nobody\n',
      options,
      errors: [{ line: 3, column: 26 }],
      output: null,
    },
  ],
});

describe('label formats', () => {
  it.each([
    ['url', 'https://example.com/x?y=1', true],
    ['url', 'mailto:team@example.com', true],
    ['url', 'example.com', false],
    ['rfc3339', '2024-02-29T23:59:60.5+01:00', true],
    ['rfc3339', '2023-02-29T00:00:00Z', false],
    ['rfc3339', '2024-05-01', false],
    ['spdx', 'Apache-2.0', true],
    ['spdx', '(MIT OR GPL-2.0-only WITH Classpath-exception-2.0) AND LicenseRef-acme', true],
    ['spdx', 'MIT and Apache-2.0', false],
    ['spdx', '', false],
    ['hash', '4f2a9c1', true],
    ['hash', '4f2a9c1d8e', true],
    ['hash', 'a'.repeat(64), true],
    ['hash', '4f2a9c', false],
    ['semver', '1.2.3', true],
    ['semver', '1.2.3-alpha.01', false],
    ['semver', '1.2', false],
    ['email', 'first.last+tag@sub.example.org', true],
    ['email', 'first..last@example.org', false],
    ['email', '@example.org', false],
  ] as const)('%s %j -> %s', (type, value, ok) => {
    expect(hasFormat(type, value)).toBe(ok);
  });
});
