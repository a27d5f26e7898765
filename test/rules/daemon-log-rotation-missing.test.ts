import { testRule } from '../lib/rule-tester.js';

testRule('daemon-log-rotation-missing', {
  valid: [
    '{\n  "log-opts": {\n    "max-size": "10m"\n  }\n}\n',
    { name: 'the local driver rotates by default', code: '{\n  "log-driver": "local"\n}\n' },
    { name: 'another driver', code: '{\n  "log-driver": "journald"\n}\n' },
    { name: 'minified with rotation', code: '{"log-driver":"json-file","log-opts":{"max-size":"50m","max-file":"5"}}' },
  ],
  invalid: [
    {
      name: 'no logging settings: json-file by default',
      code: '{\n  "icc": false\n}\n',
      errors: [{ line: 1, column: 1, severity: 'warning', fix: 'safe' }],
      output: '{\n  "icc": false,\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  }\n}\n',
    },
    {
      name: 'explicit json-file: reported on the key',
      code: '{\n    "log-driver": "json-file",\n    "icc": false\n}\n',
      errors: [{ line: 2, column: 5, endColumn: 17 }],
      output: '{\n    "log-driver": "json-file",\n    "icc": false,\n    "log-opts": {\n        "max-size": "10m",\n        "max-file": "3"\n    }\n}\n',
    },
    {
      name: 'nested log-opts without max-size: merged into it, other options kept',
      code: '{\n  "log-driver": "json-file",\n  "log-opts": {\n    "labels": "env"\n  },\n  "icc": false\n}\n',
      errors: [{ line: 2, column: 3 }],
      output: '{\n  "log-driver": "json-file",\n  "log-opts": {\n    "labels": "env",\n    "max-size": "10m",\n    "max-file": "3"\n  },\n  "icc": false\n}\n',
    },
    {
      name: 'max-file alone does not rotate: max-size is added, max-file kept',
      code: '{\n  "log-opts": {\n    "max-file": "5"\n  }\n}\n',
      errors: [{ line: 2, column: 3, endColumn: 13 }],
      output: '{\n  "log-opts": {\n    "max-file": "5",\n    "max-size": "10m"\n  }\n}\n',
    },
    {
      name: 'empty log-opts, tabs and CRLF',
      code: '{\r\n\t"log-opts": {}\r\n}\r\n',
      errors: [{ line: 2 }],
      output: '{\r\n\t"log-opts": {\r\n\t\t"max-size": "10m",\r\n\t\t"max-file": "3"\r\n\t}\r\n}\r\n',
    },
    {
      name: 'one-line log-opts in a multi-line file',
      code: '{\n  "log-opts": {"labels": "env"}\n}\n',
      errors: [{ line: 2 }],
      output: '{\n  "log-opts": {"labels": "env", "max-size": "10m", "max-file": "3"}\n}\n',
    },
    {
      name: 'minified',
      code: '{"log-driver":"json-file"}',
      errors: [{ line: 1, column: 2 }],
      output: '{"log-driver":"json-file","log-opts":{"max-size":"10m","max-file":"3"}}',
    },
    { name: 'empty object', code: '{}\n', errors: [{ line: 1 }], output: '{\n  "log-opts": {\n    "max-size": "10m",\n    "max-file": "3"\n  }\n}\n' },
  ],
});
