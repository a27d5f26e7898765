/**
 * pip-no-cache-dir: `pip install` keeps the wheels it downloads and builds in ~/.cache/pip,
 * which then ships in the image's layer.
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import type { ShellWord } from '../src/shell/types.js';
import { isWithin, runMounts } from './lib/mounts.js';
import { pipCall, type ToolCall } from './lib/packages.js';
import { commandsOf } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install']);
/** Values pip accepts for PIP_NO_CACHE_DIR; every one of them turns the cache off (pip keeps an old quirk for the false ones). */
const PIP_BOOLEANS: ReadonlySet<string> = new Set(['y', 'yes', 't', 'true', 'on', '1', 'n', 'no', 'f', 'false', 'off', '0']);

function turnsCacheOff(value: string | null | undefined): boolean {
  return value !== null && value !== undefined && PIP_BOOLEANS.has(value.trim().toLowerCase());
}

/** `PIP_NO_CACHE_DIR=1` among words: a command's assignments, or the operands of `env`/`export`. */
function assignsNoCacheDir(words: readonly ShellWord[]): boolean {
  return words.some((w) => w.value?.startsWith('PIP_NO_CACHE_DIR=') && turnsCacheOff(w.value.slice('PIP_NO_CACHE_DIR='.length)));
}

/** A `PIP_NO_CACHE_DIR=1` prefix of the command, or one given to a wrapper (`env`, `sudo`) before pip. */
function prefixedNoCacheDir(call: ToolCall): boolean {
  const { cmd } = call.command;
  return assignsNoCacheDir(cmd.assignments) || assignsNoCacheDir(cmd.words.filter((w) => w.end <= call.tool.start));
}

/**
 * Whether pip's cache folder is on a cache or tmpfs mount of the RUN: a mount on a `.cache`
 * or `.cache/pip` folder, or on the folder `--cache-dir`, PIP_CACHE_DIR or XDG_CACHE_HOME names.
 */
function cacheMounted(inst: Instruction, call: ToolCall, vars: ReadonlyMap<string, string | null>): boolean {
  const cacheDirs: string[] = [];
  const option = call.options.filter((o) => o.name === '--cache-dir').pop();
  if (option?.value) cacheDirs.push(option.value);
  const pipCacheDir = vars.get('PIP_CACHE_DIR');
  if (pipCacheDir) cacheDirs.push(pipCacheDir);
  const xdg = vars.get('XDG_CACHE_HOME');
  if (xdg) cacheDirs.push(`${xdg}/pip`);
  return runMounts(inst).some((m) => {
    if ((m.type !== 'cache' && m.type !== 'tmpfs') || m.target === null) return false;
    const target = m.target;
    return /\/\.cache(\/pip)?\/?$/.test(target) || cacheDirs.some((dir) => isWithin(dir, target));
  });
}

export const rule: Rule = {
  meta: {
    name: 'pip-no-cache-dir',
    aliases: ['DL3042'],
    severity: 'warning',
    category: 'performance',
    summary: 'Use `pip install --no-cache-dir`',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `pip install`, `pip3 install` and `python3 -m pip install` in a RUN (ONBUILD triggers and `sudo` included) without `--no-cache-dir`. Not reported: when PIP_NO_CACHE_DIR is set by an ENV or ARG of the stage (or of the stage it builds on), as a `PIP_NO_CACHE_DIR=1` prefix or `env` argument, or by an `export` earlier in the RUN; and when the RUN has a cache or tmpfs mount on pip\'s cache folder (a `.cache` or `.cache/pip` folder, or the one `--cache-dir`, PIP_CACHE_DIR or XDG_CACHE_HOME names). pipx and pipenv are other programs and are not checked.',
      whyItMatters:
        'pip keeps every wheel it downloads or builds in its cache so the next install is faster. In an image there is no next install: the cache only adds its size to the layer, often hundreds of megabytes for scientific or machine-learning packages. A RUN cache mount (`--mount=type=cache,target=/root/.cache/pip`) keeps the speed-up across builds without shipping the cache.',
      example: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n',
      exampleFixed: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      fix: 'Inserts `--no-cache-dir` right after `install`. Safe: the same packages are installed; only the cache is not written (so repeated builds without a cache mount download again).',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'RUN' || !inst.shell) continue;
      let exported = false;
      const calls: ToolCall[] = [];
      for (const command of commandsOf(inst)) {
        if (command.name === 'export' && assignsNoCacheDir(command.args)) exported = true;
        const call = pipCall(command, INSTALL);
        if (call && !exported && !call.options.some((o) => o.name === '--no-cache-dir') && !prefixedNoCacheDir(call)) calls.push(call);
      }
      if (calls.length === 0) continue;
      const vars = source.variablesAt(inst);
      if (turnsCacheOff(vars.get('PIP_NO_CACHE_DIR'))) continue;
      for (const call of calls) {
        if (cacheMounted(inst, call, vars)) continue;
        report({
          start: call.tool.start,
          end: call.sub.end,
          message: '`pip install` keeps its download cache in the image; add `--no-cache-dir`',
          data: { insertAt: call.sub.end },
        });
      }
    }
  },
};
