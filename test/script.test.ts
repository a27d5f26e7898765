/**
 * The script kind: which files are scripts, how each format hands its shell text to the
 * parser (Makefile recipes, CI YAML scalars), how `docker run` options are read, and the flag
 * edits of the container editor.
 */
import { describe, expect, it } from 'vitest';
import { detectKind, kindFromName } from '../src/engine/kinds.js';
import { applyEdits } from '../src/engine/text.js';
import type { DockerRun } from '../src/script/docker-run.js';
import { ScriptFile } from '../src/script/model.js';

function runs(path: string, text: string): readonly DockerRun[] {
  const file = new ScriptFile(path, text);
  expect(file.errorCount).toBe(0);
  return file.runs;
}

/** Each option as `name=value`, and the text its value range covers. */
function options(run: DockerRun, text: string): string[] {
  return run.options.map((o) => `${o.name}=${o.value.value} @${text.slice(o.value.start, o.value.end)}`);
}

describe('kinds', () => {
  it.each([
    ['deploy.sh', 'script'],
    ['scripts/start.bash', 'script'],
    ['Makefile', 'script'],
    ['GNUmakefile', 'script'],
    ['makefile', 'script'],
    ['build/docker.mk', 'script'],
    ['.gitlab-ci.yml', 'script'],
    ['ci/deploy.gitlab-ci.yml', 'script'],
    ['.github/workflows/ci.yml', 'script'],
    ['repo/.github/workflows/release.yaml', 'script'],
    ['.github/dependabot.yml', null],
    ['ci.yml', null],
    ['Makefile.am', null],
    ['compose.yaml', 'compose'],
  ])('%s is %s', (path, kind) => {
    expect(kindFromName(path)).toBe(kind);
  });

  it('takes a file given by hand with a shell shebang for a script', () => {
    expect(detectKind('bin/deploy', '#!/usr/bin/env bash\ndocker run x\n')).toBe('script');
    expect(detectKind('bin/deploy', '#!/bin/sh -eu\n')).toBe('script');
    expect(detectKind('bin/tool', '#!/usr/bin/env python3\n')).toBe('dockerfile');
    expect(detectKind('bin/deploy')).toBe('dockerfile');
  });
});

describe('docker run options', () => {
  it('reads values the way the docker CLI does, up to the image', () => {
    const text = 'docker run -dit -p80:80 -p=81:81 --publish 82:82 --publish="127.0.0.1:83:83" -u 1000 --name=web --rm nginx:1.27 -p 84:84 --user root\n';
    const [run] = runs('x.sh', text);
    expect(run?.image?.value).toBe('nginx:1.27');
    expect(options(run!, text)).toEqual([
      '--detach=true @-dit',
      '--interactive=true @-dit',
      '--tty=true @-dit',
      '--publish=80:80 @80:80',
      '--publish=81:81 @81:81',
      '--publish=82:82 @82:82',
      '--publish=127.0.0.1:83:83 @"127.0.0.1:83:83"',
      '--user=1000 @1000',
      '--name=web @web',
      '--rm=true @--rm',
    ]);
    expect(run?.ports.map((p) => [p.spec, p.hostIp])).toEqual([['80:80', ''], ['81:81', ''], ['82:82', ''], ['127.0.0.1:83:83', '127.0.0.1']]);
  });

  it('knows the verbs, the CLIs, global options and `--`', () => {
    const text = 'docker -H ssh://me@host --context prod container create --net=host -- alpine:3.20\npodman run --pod web -P x\ndocker image ls\ndocker exec -u root x sh\n$(DOCKER) run y\n';
    const found = runs('x.sh', text);
    expect(found.map((r) => [r.image?.value, r.networkMode?.value ?? null, r.publishAll?.value ?? null])).toEqual([
      ['alpine:3.20', 'host', null],
      ['x', null, 'true'],
      ['y', null, null],
    ]);
  });

  it('builds the container view', () => {
    const text =
      'docker run --read-only --tmpfs /run --mount type=tmpfs,target=/tmp --restart=always --cap-add NET_ADMIN --cap-drop=ALL --privileged=false --pid host --ipc=host --userns host ' +
      '--security-opt seccomp=unconfined -v /var/run/docker.sock:/var/run/docker.sock -v /data --mount type=bind,source=/etc,target=/host/etc,readonly -m 256m --cpus 1.5 --pids-limit 100 ' +
      '--log-driver json-file --log-opt max-size=10m -e "TOKEN=abc" --env PATH app\n';
    const [c] = runs('x.sh', text);
    const v = (w: { value: string } | null | undefined): string | null => w?.value ?? null;
    expect([v(c?.readOnly), c?.tmpfs.map((t) => t.value), v(c?.restart), c?.capAdd.map((w) => w.value), c?.capDrop.map((w) => w.value), v(c?.privileged)]).toEqual(['true', ['/run', '/tmp'], 'always', ['NET_ADMIN'], ['ALL'], 'false']);
    expect([v(c?.pid), v(c?.ipc), v(c?.usernsMode), c?.securityOpt.map((w) => w.value)]).toEqual(['host', 'host', 'host', ['seccomp=unconfined']]);
    expect(c?.mounts.map((m) => [m.source, m.target, m.readOnly])).toEqual([['/var/run/docker.sock', '/var/run/docker.sock', false], ['', '/data', false], ['/etc', '/host/etc', true]]);
    expect([v(c?.memory), v(c?.cpus), v(c?.pidsLimit), v(c?.logDriver)]).toEqual(['256m', '1.5', '100', 'json-file']);
    const maxSize = c?.logOptions.get('max-size');
    expect(text.slice(maxSize?.start, maxSize?.end)).toBe('10m');
    const env = c?.environment.map((e) => [e.name, e.value, text.slice(e.start, e.end)]);
    expect(env).toEqual([['TOKEN', 'abc', 'abc']]);
  });

  it('names containers by --name or image, with the line when that repeats', () => {
    const found = runs('x.sh', 'docker run redis:7\ndocker run --name cache redis:7\ndocker run redis:7\n');
    expect(found.map((r) => r.name)).toEqual(['redis:7 (line 1)', 'cache', 'redis:7 (line 3)']);
  });
});

describe('formats', () => {
  it('reads Makefile recipes only, with make syntax as expansions', () => {
    const text = [
      'IMAGE := app',
      'FLAGS = docker run not-a-recipe',
      'define RUN_IT',
      '\tdocker run in-define',
      'endef',
      'ifeq ($(CI),true)',
      'up: build',
      '\t@-docker run --rm \\',
      '\t  -e HOME=$$HOME $(IMAGE) \\',
      '\t  echo "$$PATH"',
      'else',
      'up:',
      '\t+docker run other',
      'endif',
      '',
      'VERSION = 1',
      '\tdocker run after-assignment',
      '',
    ].join('\n');
    const found = runs('Makefile', text);
    expect(found.map((r) => r.image?.value)).toEqual(['$(IMAGE)', 'other']);
    expect(found[0]?.environment.map((e) => e.name)).toEqual(['HOME']);
  });

  it('reads GitHub Actions run blocks with a POSIX shell', () => {
    const text = [
      'defaults:',
      '  run:',
      '    shell: bash',
      'jobs:',
      '  a:',
      '    steps:',
      '      - run: |',
      '          docker run \\',
      '            -u 1 one',
      '      - run: >',
      '          docker run',
      '          -u 2 two',
      '      - run: "docker run three"',
      '      - run: docker run four',
      '        shell: python',
      '  b:',
      '    defaults: {run: {shell: pwsh}}',
      '    steps:',
      '      - run: docker run five',
      '',
    ].join('\n');
    const found = runs('.github/workflows/x.yml', text);
    expect(found.map((r) => [r.image?.value, r.user?.value, text.slice(r.user?.start ?? 0, r.user?.end ?? 0)])).toEqual([
      ['one', '1', '1'],
      ['two', '2', '2'],
      ['three', undefined, ''],
    ]);
  });

  it('reads GitLab CI scripts of jobs, default and the global ones', () => {
    const text = 'default:\n  before_script:\n    - docker run one\nbefore_script: docker run two\njob:\n  script:\n    - - docker run three\n    - |\n      docker run four\n  variables:\n    X: docker run not-a-script\n';
    expect(runs('.gitlab-ci.yml', text).map((r) => r.image?.value)).toEqual(['one', 'two', 'three', 'four']);
  });

  it('finds comments inside run blocks, and an ignore comment covers the whole next command', () => {
    const text = 'jobs:\n  a:\n    steps:\n      # yaml comment\n      - run: |\n          # shell comment\n          docker run \\\n            x\n';
    const file = new ScriptFile('.github/workflows/x.yml', text);
    expect(file.comments.map((c) => c.content)).toEqual(['yaml comment', 'shell comment']);
    const target = file.suppressionTarget(file.comments[1]!);
    expect(text.slice(target?.start, target?.end)).toBe('          docker run \\\n            x');
  });
});

describe('structure check', () => {
  const keeps = (text: string, edit: { start: number; end: number; text: string }): boolean => {
    const before = new ScriptFile('x.sh', text);
    return before.keepsStructure(before.reparse(applyEdits(text, [edit])), [edit]);
  };

  it('accepts a flag added inside a continued command', () => {
    const text = 'docker run \\\n  --privileged \\\n  nginx:1.27\n';
    const at = text.indexOf('--privileged');
    expect(keeps(text, { start: at, end: at, text: '--read-only ' })).toBe(true);
  });

  it('rejects a comment line that splits a continued command', () => {
    const text = 'docker run \\\n  --privileged \\\n  nginx:1.27\n';
    const line = text.indexOf('  --privileged');
    expect(keeps(text, { start: line, end: line, text: '# note\n' })).toBe(false);
  });
});

describe('container editor', () => {
  function added(path: string, text: string, setting: Parameters<DockerRun['editor']['add']>[0], values: string[]): string | null {
    const [run] = runs(path, text);
    const edits = run?.editor.add(setting, values);
    return edits ? applyEdits(text, edits) : null;
  }

  it('adds flags after the verb, in the line style', () => {
    expect(added('x.sh', 'docker run -d x\n', 'cap_drop', ['ALL'])).toBe('docker run --cap-drop ALL -d x\n');
    expect(added('x.sh', 'docker run \\\n\t-d x\n', 'read_only', ['true'])).toBe('docker run \\\n\t--read-only \\\n\t-d x\n');
    expect(added('x.sh', 'docker run -d x\n', 'logging', ['max-size=10m', 'max-file=3'])).toBe('docker run --log-driver json-file --log-opt max-size=10m --log-opt max-file=3 -d x\n');
    expect(added('x.sh', 'docker run --log-opt max-file=5 x\n', 'logging', ['max-size=10m'])).toBe('docker run --log-opt max-size=10m --log-opt max-file=5 x\n');
    expect(added('x.sh', 'docker run x\n', 'deploy.restart_policy.max_attempts', ['5'])).toBeNull();
    expect(added('x.sh', 'docker run -d x\n', 'mem_limit', ['<memory>'])).toBe("docker run --memory '<memory>' -d x\n");
    expect(added('Makefile', 'a:\n\tdocker run x\n', 'user', ['$UID'])).toBe("a:\n\tdocker run --user '$$UID' x\n");
  });

  it('does not add a setting given once that is there', () => {
    expect(added('x.sh', 'docker run -u 1 x\n', 'user', ['2'])).toBeNull();
    expect(added('x.sh', 'docker run --cap-drop NET_RAW x\n', 'cap_drop', ['ALL'])).toBe('docker run --cap-drop ALL --cap-drop NET_RAW x\n');
  });

  it('replaces a value in its quotes', () => {
    const text = 'docker run --restart="always" -u \'0\' x\n';
    const [run] = runs('x.sh', text);
    const restart = run?.editor.replace(run.restart!, 'on-failure:5');
    const user = run?.editor.replace(run.user!, '10001');
    expect(applyEdits(text, [restart!, user!])).toBe('docker run --restart="on-failure:5" -u \'10001\' x\n');
  });
});
