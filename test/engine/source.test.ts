import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/engine/source.js';

function words(source: SourceFile, index: number): string[][] {
  const inst = source.instructions[index];
  return (inst?.shell?.commands ?? []).map((c) => c.words.map((w) => source.text.slice(w.start, w.end)));
}

describe('SourceFile', () => {
  it('builds stages with names, base images and base stages', () => {
    const s = new SourceFile('Dockerfile', 'ARG BASE=node:20\nFROM ${BASE} AS deps\nRUN npm ci\nFROM deps AS build\nRUN npm run build\nFROM nginx:1.27-alpine\nCOPY --from=build /app /usr/share/nginx/html\n');
    expect(s.stages.map((st) => st.name)).toEqual(['deps', 'build', null]);
    expect(s.stages[0]?.image?.repository).toBe('node');
    expect(s.stages[0]?.image?.tag).toBe('20');
    expect(s.stages[1]?.baseStage).toBe(s.stages[0]);
    expect(s.stages[1]?.rootImage?.repository).toBe('node');
    expect(s.stages[2]?.isFinal).toBe(true);
    expect(s.stages[2]?.image?.tag).toBe('1.27-alpine');
    expect(s.globalArgs).toHaveLength(1);
  });

  it('marks FROM with an ARG that has no default as unresolved', () => {
    const s = new SourceFile('Dockerfile', 'ARG IMAGE\nFROM ${IMAGE}\nRUN true\n');
    expect(s.stages[0]?.image).toBeNull();
    expect(s.stages[0]?.imageUnresolved).toBe(true);
  });

  it('resolves variables with ARG defaults, ENV and stage inheritance', () => {
    const s = new SourceFile('Dockerfile', 'ARG USERNAME=root\nFROM alpine:3.20 AS base\nARG USERNAME\nENV HOME_DIR=/home/app\nFROM base\nUSER ${USERNAME:-nobody}\nWORKDIR $HOME_DIR/src\n');
    const user = s.instructions[5];
    const workdir = s.instructions[6];
    expect(s.resolve('${USERNAME:-nobody}', user!)).toEqual({ value: 'root', complete: true });
    expect(s.resolve('$HOME_DIR/src', workdir!)).toEqual({ value: '/home/app/src', complete: true });
    expect(s.resolve('${MISSING}', workdir!).complete).toBe(false);
  });

  it('keeps BOM, CRLF and escape facts', () => {
    const s = new SourceFile('Dockerfile', '\ufeff# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN echo a `\r\n  && echo b\r\n');
    expect(s.bom).toBe(true);
    expect(s.text.startsWith('#')).toBe(true);
    expect(s.fileText.startsWith('\ufeff')).toBe(true);
    expect(s.eol).toBe('\r\n');
    expect(s.escape).toBe('`');
    expect(words(s, 1)).toEqual([['echo', 'a'], ['echo', 'b']]);
  });

  it('maps shell words across continuations with comment lines to exact file ranges', () => {
    const text = 'FROM debian:12\nRUN apt-get update \\\n    # install curl\n    && apt-get install -y \\\n       curl\n';
    const s = new SourceFile('Dockerfile', text);
    const cmds = s.instructions[1]?.shell?.commands ?? [];
    expect(cmds.map((c) => c.connector)).toEqual([null, '&&']);
    const curl = cmds[1]?.words[3];
    expect(curl?.value).toBe('curl');
    expect(text.slice(curl!.start, curl!.end)).toBe('curl');
    expect(s.lines.position(curl!.start)).toEqual({ line: 4, character: 7 });
  });

  it('gives a bare heredoc RUN its body as the script', () => {
    const text = 'FROM alpine:3.20\nRUN <<EOF\nset -eux\napk add --no-cache curl\nEOF\n';
    const s = new SourceFile('Dockerfile', text);
    const shell = s.instructions[1]?.shell;
    expect(shell?.heredocScript).toBe(true);
    expect(words(s, 1)).toEqual([['set', '-eux'], ['apk', 'add', '--no-cache', 'curl']]);
  });

  it('parses a heredoc fed to a command together with the command line', () => {
    const text = 'FROM python:3.12\nRUN python3 <<EOF > /out.txt\nprint("hi")\nEOF\n';
    const s = new SourceFile('Dockerfile', text);
    expect(s.instructions[1]?.shell?.heredocScript).toBe(false);
    expect(words(s, 1)[0]).toEqual(['python3']);
  });

  it('has no shell view for exec-form RUN', () => {
    const s = new SourceFile('Dockerfile', 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]\n');
    expect(s.instructions[1]?.shell).toBeNull();
    expect(s.instructions[1]?.execForm?.map((w) => w.value)).toEqual(['apk', 'add', 'curl']);
  });

  it('exposes ONBUILD triggers with their own ranges and stage', () => {
    const s = new SourceFile('Dockerfile', 'FROM node:20\nonbuild run sudo npm ci\n');
    const onbuild = s.instructions[1]!;
    expect(onbuild.keyword).toBe('ONBUILD');
    expect(onbuild.trigger?.keyword).toBe('RUN');
    expect(onbuild.trigger?.keywordText).toBe('run');
    expect(onbuild.trigger?.stage).toBe(s.stages[0]);
    expect(words(s, 1)).toEqual([]);
    expect(onbuild.trigger?.shell?.commands[0]?.words.map((w) => w.value)).toEqual(['sudo', 'npm', 'ci']);
  });

  it('reads flags with value ranges', () => {
    const text = 'FROM alpine:3.20\nCOPY --chown=app:app --chmod=755 a /b\n';
    const s = new SourceFile('Dockerfile', text);
    const chmod = s.instructions[1]?.flag('chmod');
    expect(chmod?.value).toBe('755');
    expect(text.slice(chmod!.valueRange!.start, chmod!.valueRange!.end)).toBe('755');
  });
});
