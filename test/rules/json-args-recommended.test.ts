import { testRule } from '../lib/rule-tester.js';

testRule('json-args-recommended', {
  valid: [
    'FROM node:20\nCMD ["node", "server.js"]\n',
    { name: 'exec-form ENTRYPOINT', code: 'FROM alpine:3.20\nENTRYPOINT ["/entrypoint.sh"]\nCMD ["--help"]\n' },
    { name: 'RUN and HEALTHCHECK in shell form are not this rule', code: 'FROM alpine:3.20\nRUN echo hi\nHEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1\nCMD ["app"]\n' },
  ],
  invalid: [
    {
      name: 'simple command',
      code: 'FROM node:20\nCMD node server.js --port 8080\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 31, severity: 'warning', fix: 'unsafe' }],
      output: 'FROM node:20\nCMD ["node", "server.js", "--port", "8080"]\n',
    },
    {
      name: 'quotes are removed as the shell removes them; JSON escaping',
      code: 'FROM python:3.12\nENTRYPOINT python -c \'print("hi")\' "a b" c\\ d\n',
      errors: [{ line: 2, column: 12 }],
      output: 'FROM python:3.12\nENTRYPOINT ["python", "-c", "print(\\"hi\\")", "a b", "c d"]\n',
    },
    {
      name: 'a leading exec is dropped',
      code: 'FROM node:20\nCMD exec node server.js\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM node:20\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'lower case and CRLF',
      code: 'from nginx:1.27\r\ncmd nginx -g \'daemon off;\'\r\n',
      errors: [{ line: 2, column: 5, endColumn: 27 }],
      output: 'from nginx:1.27\r\ncmd ["nginx", "-g", "daemon off;"]\r\n',
    },
    {
      name: 'continuation lines',
      code: 'FROM eclipse-temurin:21\nENTRYPOINT java \\\n  -jar /app/app.jar\n',
      errors: [{ line: 2, column: 12, endLine: 3, endColumn: 20 }],
      output: 'FROM eclipse-temurin:21\nENTRYPOINT ["java", "-jar", "/app/app.jar"]\n',
    },
    {
      name: 'backtick escape',
      code: '# escape=`\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT dotnet `\n  Api.dll\n',
      errors: [{ line: 3, column: 12 }],
      output: '# escape=`\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT ["dotnet", "Api.dll"]\n',
    },
    {
      name: 'ONBUILD trigger',
      code: 'FROM node:20\nONBUILD CMD npm start\n',
      errors: [{ line: 2, column: 13 }],
      output: 'FROM node:20\nONBUILD CMD ["npm", "start"]\n',
    },
    {
      name: 'echo without backslashes or options',
      code: 'FROM alpine:3.20\nCMD echo "hello world"\n',
      errors: [{ line: 2, column: 5 }],
      output: 'FROM alpine:3.20\nCMD ["echo", "hello world"]\n',
    },
    {
      name: 'under a POSIX SHELL',
      code: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nCMD ./run.sh\n',
      errors: [{ line: 3, column: 5 }],
      output: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nCMD ["./run.sh"]\n',
    },
    { name: 'variable: no fix', code: 'FROM alpine:3.20\nCMD ./app --port $PORT\n', errors: [{ line: 2, column: 5, fix: null }], output: null },
    { name: 'operators: no fix', code: 'FROM alpine:3.20\nCMD ./migrate && ./app\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'redirect: no fix', code: 'FROM alpine:3.20\nCMD ./app > /var/log/app.log\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'glob: no fix', code: 'FROM alpine:3.20\nCMD cat /etc/*.conf\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'tilde: no fix', code: 'FROM alpine:3.20\nCMD ~/bin/app\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'shell builtin: no fix', code: 'FROM alpine:3.20\nCMD cd /srv\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'assignment: no fix', code: 'FROM alpine:3.20\nCMD DEBUG=1 ./app\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'negation: no fix', code: 'FROM alpine:3.20\nCMD ! ./check\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'shell comment: no fix', code: 'FROM alpine:3.20\nCMD ./app # the server\n', errors: [{ line: 2, fix: null }], output: null },
    { name: 'echo with a backslash: no fix', code: 'FROM alpine:3.20\nCMD echo "a\\\\nb"\n', errors: [{ line: 2, fix: null }], output: null },
    {
      name: 'non-POSIX SHELL: no fix',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Write-Host hello\n',
      errors: [{ line: 3, fix: null }],
      output: null,
    },
    {
      name: 'a comment line inside the instruction: no fix',
      code: 'FROM alpine:3.20\nCMD ./app \\\n  # flags\n  --verbose\n',
      errors: [{ line: 2, fix: null }],
      output: null,
    },
  ],
});
