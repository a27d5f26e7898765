import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigResolver, loadConfigFile } from '../../src/engine/config.js';
import { lint } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';

function tempConfig(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-config-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('shipshape config', () => {
  it('reads rules by name and alias, severities, options and settings', () => {
    const c = loadConfigFile(tempConfig('.shipshape.yaml', 'rules:\n  DL4000: off\n  syntax-error: warning\nunsafe-fixes: true\nfailure-threshold: error\nimages:\n  - image: registry.example.com/base/*\n    nonRoot: true\n'));
    expect(c.rules.get('maintainer-deprecated')).toEqual({ enabled: false });
    expect(c.rules.get('syntax-error')).toEqual({ enabled: true, severity: 'warning' });
    expect(c.unsafeFixes).toBe(true);
    expect(c.failureThreshold).toBe('error');
    expect(c.images).toEqual([{ image: 'registry.example.com/base/*', nonRoot: true }]);
    expect(c.warnings).toEqual([]);
  });

  it('warns about unknown rules and rejects bad values with the file named', () => {
    expect(loadConfigFile(tempConfig('.shipshape.yaml', 'rules:\n  nope: off\n')).warnings[0]).toMatch(/unknown rule `nope`/);
    expect(() => loadConfigFile(tempConfig('.shipshape.yaml', 'failure-threshold: loud\n'))).toThrow(ConfigError);
    expect(() => loadConfigFile(tempConfig('.shipshape.yaml', 'rules:\n  syntax-error: {severity: fatal}\n'))).toThrow(/severity/);
    expect(() => loadConfigFile(tempConfig('.shipshape.yaml', 'rules:\n  syntax-error: {bogus: 1}\n'))).toThrow(/unknown option `bogus`/);
    expect(() => loadConfigFile(tempConfig('.shipshape.json', '{"rules": '))).toThrow(/malformed config/);
  });

  it('applies severity overrides and disabled rules when linting', () => {
    const c = loadConfigFile(tempConfig('.shipshape.yaml', 'rules:\n  syntax-error: info\n'));
    const findings = lint(new SourceFile('Dockerfile', 'FORM x\n'), { config: c, settings: { images: [], readContextFile: () => null } });
    expect(findings.filter((f) => f.rule === 'syntax-error').map((f) => f.severity)).toEqual(['info', 'info']);
    const off = loadConfigFile(tempConfig('.shipshape.yaml', 'rules:\n  syntax-error: off\n'));
    expect(lint(new SourceFile('Dockerfile', 'FORM x\n'), { config: off, settings: { images: [], readContextFile: () => null } }).filter((f) => f.rule === 'syntax-error')).toEqual([]);
  });
});

describe('hadolint config', () => {
  it('maps ignored, override and failure-threshold', () => {
    const c = loadConfigFile(tempConfig('.hadolint.yaml', 'ignored:\n  - DL4000\n  - DL3059\noverride:\n  error:\n    - DL3002\nfailure-threshold: warning\ntrustedRegistries:\n  - docker.io\n'));
    expect(c.rules.get('maintainer-deprecated')).toEqual({ enabled: false });
    expect(c.failureThreshold).toBe('warning');
    expect(c.warnings).toEqual([]);
    expect(c.rules.get('untrusted-registry')?.options).toEqual({ trustedRegistries: ['docker.io'] });
  });

  it('maps label-schema and strict-labels onto the label rules', () => {
    const c = loadConfigFile(tempConfig('.hadolint.yml', 'label-schema:\n  maintainer: email\nstrict-labels: true\n'));
    expect(c.rules.get('label-missing')?.options).toEqual({ labelSchema: { maintainer: 'email' } });
    expect(c.rules.get('label-not-in-schema')?.options).toEqual({ labelSchema: { maintainer: 'email' }, strictLabels: true });
    const findings = lint(new SourceFile('Dockerfile', 'FROM alpine:3.20\nLABEL maintainer="not an email" extra=1\n'), { config: c, settings: { images: [], readContextFile: () => null } });
    expect(findings.map((f) => f.rule).filter((r) => r.startsWith('label-')).sort()).toEqual(['label-not-in-schema', 'label-value-invalid']);
  });
});

describe('config discovery', () => {
  it('walks up from the file and prefers the nearest file', () => {
    const root = mkdtempSync(join(tmpdir(), 'shipshape-walk-'));
    mkdirSync(join(root, 'a/b'), { recursive: true });
    writeFileSync(join(root, '.shipshape.yaml'), 'failure-threshold: error\n');
    writeFileSync(join(root, 'a/b/.hadolint.yml'), 'failure-threshold: style\n');
    const resolver = new ConfigResolver(null);
    expect(resolver.forFile(join(root, 'Dockerfile')).failureThreshold).toBe('error');
    expect(resolver.forFile(join(root, 'a/Dockerfile')).failureThreshold).toBe('error');
    expect(resolver.forFile(join(root, 'a/b/Dockerfile')).failureThreshold).toBe('style');
  });
});
