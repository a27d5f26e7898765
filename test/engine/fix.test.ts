import { describe, expect, it } from 'vitest';
import { keepsStructure as keeps } from '../../src/engine/fix.js';
import { guardFix } from '../../src/engine/linter.js';
import { SourceFile } from '../../src/engine/source.js';
import type { Finding } from '../../src/engine/types.js';

function keepsStructure(before: SourceFile, afterText: string, fixes: readonly Finding[]): boolean {
  return keeps(before, new SourceFile(before.path, afterText), fixes);
}

function finding(start: number, end: number, text: string): Finding {
  return { rule: 'test', severity: 'warning', message: 'm', start, end, data: {}, fix: { title: 't', applicability: 'safe', edits: [{ start, end, text }] } };
}

describe('keepsStructure (the guard that undoes a fix that breaks the file)', () => {
  const text = 'FROM alpine:3.20\n# keep me\nRUN echo a\nCMD ["sh"]\n';
  const source = new SourceFile('Dockerfile', text);
  const run = source.instructions[1]!;

  it('accepts an edit inside one instruction', () => {
    const f = finding(run.start + 4, run.start + 10, 'echo b');
    expect(keepsStructure(source, text.replace('echo a', 'echo b'), [f])).toBe(true);
  });

  it('accepts inserting a line before an instruction', () => {
    const at = source.instructions[2]!.start;
    expect(keepsStructure(source, `${text.slice(0, at)}USER 1:1\n${text.slice(at)}`, [finding(at, at, 'USER 1:1\n')])).toBe(true);
  });

  it('rejects an edit that glues the next instruction into a continuation', () => {
    const f = finding(run.end, run.end, ' \\');
    expect(keepsStructure(source, `${text.slice(0, run.end)} \\${text.slice(run.end)}`, [f])).toBe(false);
  });

  it('rejects an edit that loses a comment outside it', () => {
    expect(keepsStructure(source, text.replace('# keep me\n', ''), [finding(run.start, run.start + 3, 'RUN')])).toBe(false);
  });

  it('rejects an unknown instruction and a changed number of stages', () => {
    expect(keepsStructure(source, text.replace('RUN echo a', 'RUNN echo a'), [finding(run.start, run.start + 3, 'RUNN')])).toBe(false);
    expect(keepsStructure(source, text.replace('RUN echo a', 'FROM x'), [finding(run.start, run.end, 'FROM x')])).toBe(false);
  });
});

describe('guardFix (a safe fix that would remove a comment or heredoc becomes unsafe)', () => {
  const text = 'FROM alpine:3.20\nRUN apk add \\\n  # the client\n  curl\nCOPY <<EOF /etc/motd\nhello\nEOF\n';
  const source = new SourceFile('Dockerfile', text);
  const fix = (start: number, end: number, replacement: string) => ({ title: 't', applicability: 'safe' as const, edits: [{ start, end, text: replacement }] });

  it('keeps a fix that leaves comments and heredocs alone', () => {
    const at = text.indexOf('apk add') + 'apk add'.length;
    expect(guardFix(source, fix(at, at, ' --no-cache')).applicability).toBe('safe');
  });

  it('demotes a fix whose edit removes a comment line', () => {
    const start = text.indexOf('apk add');
    expect(guardFix(source, fix(start, text.indexOf('curl') + 4, 'apk add curl')).applicability).toBe('unsafe');
  });

  it('keeps a fix whose replacement carries the comment along', () => {
    const start = text.indexOf('apk add');
    expect(guardFix(source, fix(start, text.indexOf('curl') + 4, 'apk add --no-cache \\\n  # the client\n  curl')).applicability).toBe('safe');
  });

  it('demotes a fix whose edit rewrites a heredoc body', () => {
    const start = text.indexOf('hello');
    expect(guardFix(source, fix(start, start + 5, 'bye')).applicability).toBe('unsafe');
  });
});

describe('choosing fixes that do not overlap', () => {
  it('defers a fix that overlaps a range sharing its start with an insertion', async () => {
    const { chooseNonOverlapping } = await import('../../src/engine/fix.js');
    const at = (start: number, end: number, rule: string): Finding => ({ ...finding(start, end, 'x'), rule });
    // An insertion at 5 and a range 5..10 are chosen; a range 7..8 overlaps the latter.
    const chosen = chooseNonOverlapping([at(5, 5, 'insert'), at(5, 10, 'range'), at(7, 8, 'inside')]);
    expect(chosen.map((f) => f.rule).sort()).toEqual(['insert', 'range']);
  });
});
