/**
 * Inputs that break naive linters: a 1 MB RUN line (no regular expression or loop may go
 * quadratic on it), deep nesting, and files that are not Dockerfiles at all.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/engine/config.js';
import { fixSource } from '../src/engine/fix.js';
import { lint, type LintOptions } from '../src/engine/linter.js';
import { detectKind, parseDocument } from '../src/engine/kinds.js';
import { SourceFile } from '../src/engine/source.js';
import { randomText } from './lib/random-text.js';

const options: LintOptions = { config: DEFAULT_CONFIG, settings: { images: [], readContextFile: () => null } };

function huge(words: string, bytes: number): string {
  return words.repeat(Math.ceil(bytes / words.length));
}

describe('long lines', () => {
  it.each([
    ['a && chain of installs, chmods and pipes', ` && apt-get install -y pkg${'x'.repeat(8)} && chmod 777 /tmp/x | tee -a /log`],
    ['continuation lines with sudo, quotes and expansions', ` \\\n  && sudo pip install x "$HOME"'x'\${A:-b}$(echo c)`],
    ['one enormous word', 'a'],
  ])('lints and fixes a 1 MB RUN: %s', (_name, unit) => {
    const text = `FROM debian:12\nRUN apt-get update${huge(unit, 1024 * 1024)}\nCMD ["sh"]\n`;
    const started = performance.now();
    const findings = lint(new SourceFile('Dockerfile', text), options);
    const fixed = fixSource('Dockerfile', text, options, true);
    const elapsed = performance.now() - started;
    expect(findings.length).toBeGreaterThan(0);
    expect(fixed.output.length).toBeGreaterThanOrEqual(text.length);
    // Generous: a backtracking regex or a quadratic loop takes minutes here, not seconds.
    expect(elapsed).toBeLessThan(60_000);
  }, 120_000);
});

describe('odd files', () => {
  it.each([
    ['empty', ''],
    ['only blank lines', '\n\n\r\n'],
    ['no final newline', 'FROM alpine:3.20\nUSER 1:1'],
    ['a lone escape at the end', 'FROM alpine:3.20\nRUN echo \\'],
    ['an unterminated quote', 'FROM alpine:3.20\nRUN echo "open\nCMD ["sh"]\n'],
    ['an unterminated JSON array', 'FROM alpine:3.20\nCMD ["sh", \n'],
    ['deeply nested subshells', `FROM alpine:3.20\nRUN ${'('.repeat(5000)}true${')'.repeat(5000)}\n`],
    ['a shell script, not a Dockerfile', '#!/bin/sh\nset -e\necho hello\n'],
    ['JSON', '{"not": "a dockerfile"}\n'],
    // dockerfile-ast throws from getHeredocs on this one.
    ['escaped blanks before a bare heredoc marker', 'FROM alpine:3.20\nRUN \\\n\\ x\n<<\n'],
  ])('never throws and keeps the text on: %s', (_name, text) => {
    expect(() => lint(new SourceFile('Dockerfile', text), options)).not.toThrow();
    const fixed = fixSource('Dockerfile', text, options, true);
    expect(fixSource('Dockerfile', fixed.output, options, true).output).toBe(fixed.output);
  });
});

describe('random texts', () => {
  // Seeded texts dense in escapes, continuations, comments, quotes and heredoc markers: the
  // fuzzing that found the getHeredocs crash above. Every fix applied, then fixed again.
  it('never throw, and fixing twice equals fixing once', () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const text = `FROM alpine:3.20\n${randomText(seed, '\\')}`;
      const where = JSON.stringify(text);
      expect(() => lint(new SourceFile('Dockerfile', text), options), where).not.toThrow();
      const fixed = fixSource('Dockerfile', text, options, true);
      expect(fixSource('Dockerfile', fixed.output, options, true).output, where).toBe(fixed.output);
    }
  }, 120_000);
});

describe('names that are members of Object.prototype', () => {
  // Tables keyed by command, variable or option names must not find `constructor` or `toString`.
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  const files: [string, string][] = [
    [
      'Dockerfile',
      `FROM constructor AS toString\nARG constructor=1\nENV ${names.map((n, i) => `${n}=${i}`).join(' ')}\nLABEL constructor=1 __proto__=x\n` +
        `RUN ${names.map((n) => `${n} --${n} -y install`).join(' && ')}\n` +
        `RUN apt-get constructor toString && apk __proto__ && pip constructor && npm toString && sudo -u toString valueOf\n` +
        'USER constructor\nEXPOSE constructor\nHEALTHCHECK --constructor=1 CMD toString\nCOPY --constructor=1 a b\nONBUILD constructor\ntoString x\nCMD ["constructor"]\n',
    ],
    [
      'compose.yaml',
      'services:\n  constructor:\n    image: toString\n    ports: ["constructor:80"]\n    cap_add: [constructor, __proto__]\n    environment:\n      constructor: x\n      toString: y\n' +
        '    logging:\n      driver: constructor\n      options: {constructor: 1}\n    restart: constructor\n    security_opt: [constructor]\n    network_mode: constructor\n',
    ],
    ['daemon.json', '{"constructor": 1, "toString": {"__proto__": 2}, "log-driver": "constructor", "log-opts": {"constructor": "1"}, "hosts": ["constructor"], "icc": "constructor"}\n'],
    ['deploy.sh', 'docker run --constructor -p constructor --cap-add toString -e constructor=1 --restart constructor toString\ndocker constructor run x\n'],
  ];
  it.each(files)('lints and fixes %s', (name, text) => {
    const kind = detectKind(name, text);
    expect(kind).not.toBeNull();
    const findings = lint(parseDocument(name, text, kind), options);
    expect(findings.length).toBeGreaterThan(0);
    const fixed = fixSource(name, text, options, true, kind);
    expect(fixSource(name, fixed.output, options, true, kind).output).toBe(fixed.output);
  });
});
