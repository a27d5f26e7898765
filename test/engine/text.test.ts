import { describe, expect, it } from 'vitest';
import { globMatch, matchesImage, parseImageRef } from '../../src/engine/image.js';
import { applyEdits, detectLineEnding, LineIndex } from '../../src/engine/text.js';

describe('LineIndex', () => {
  it('converts offsets and positions both ways, CRLF included', () => {
    const idx = new LineIndex('a\r\nbc\r\n\r\nd');
    expect(idx.lineCount).toBe(4);
    expect(idx.position(3)).toEqual({ line: 1, character: 0 });
    expect(idx.offset(1, 1)).toBe(4);
    expect(idx.lineText(1)).toBe('bc');
    expect(idx.lineText(2)).toBe('');
    expect(idx.lineText(3)).toBe('d');
  });
});

describe('LineIndex.lineOf', () => {
  it('finds the line of offsets asked in any order', () => {
    const text = 'FROM a\n\nRUN b \\\n  c\r\n# d\nCMD e';
    const idx = new LineIndex(text);
    const naive = (offset: number): number => text.slice(0, Math.max(0, offset)).split('\n').length - 1;
    const offsets = [0, 3, 7, 8, 9, 30, 12, -1, text.length, text.length + 5, 8, 7, 6, 20, 21];
    for (let i = 0; i < text.length; i++) offsets.push(i, (i * 7) % text.length);
    for (const offset of offsets) expect(idx.lineOf(offset), `offset ${offset}`).toBe(naive(Math.min(offset, text.length)));
  });
});

describe('detectLineEnding', () => {
  it('picks the dominant ending', () => {
    expect(detectLineEnding('a\r\nb\r\nc\n')).toBe('\r\n');
    expect(detectLineEnding('a\nb\n')).toBe('\n');
    expect(detectLineEnding('no breaks')).toBe('\n');
  });
});

describe('applyEdits', () => {
  it('applies edits in any order and rejects overlaps', () => {
    expect(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'A' }, { start: 2, end: 2, text: '+' }])).toBe('Ab+cdEf');
    expect(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(/overlapping/);
  });
});

describe('image references', () => {
  it.each([
    ['node:20-alpine', { registry: null, repository: 'node', name: 'node', tag: '20-alpine', digest: null }],
    ['docker.io/library/python:3.12', { registry: null, repository: 'python', name: 'python', tag: '3.12', digest: null }],
    ['gcr.io/distroless/static-debian12:nonroot', { registry: 'gcr.io', repository: 'distroless/static-debian12', name: 'static-debian12', tag: 'nonroot', digest: null }],
    ['localhost:5000/team/app@sha256:abc', { registry: 'localhost:5000', repository: 'team/app', name: 'app', tag: null, digest: 'sha256:abc' }],
    ['bitnami/redis', { registry: null, repository: 'bitnami/redis', name: 'redis', tag: null, digest: null }],
  ])('parses %s', (raw, expected) => {
    expect(parseImageRef(raw)).toEqual({ raw, ...expected });
  });

  it('matches patterns with wildcards and tags', () => {
    expect(matchesImage(parseImageRef('gcr.io/distroless/base:nonroot'), 'gcr.io/distroless/*:nonroot')).toBe(true);
    expect(matchesImage(parseImageRef('gcr.io/distroless/base:latest'), 'gcr.io/distroless/*:nonroot')).toBe(false);
    expect(matchesImage(parseImageRef('nginxinc/nginx-unprivileged:1.27'), '*-unprivileged')).toBe(true);
    expect(matchesImage(parseImageRef('node'), 'node:*alpine*')).toBe(false);
    expect(matchesImage(parseImageRef('docker.io/bitnami/redis:7'), 'bitnami/*')).toBe(true);
  });

  it('globs in linear time on long inputs', () => {
    const long = 'a'.repeat(100_000);
    expect(globMatch('*a*a*a*b', long)).toBe(false);
  });
});
