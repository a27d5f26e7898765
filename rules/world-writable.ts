/**
 * world-writable: a mode that lets every user write to a file or folder (`chmod 777`,
 * `COPY --chmod=666`, `mkdir -m 777`).
 */
import type { Report, Rule } from '../src/engine/types.js';
import type { ShellWord } from '../src/shell/types.js';
import { worldWritableMode } from './lib/chmod.js';
import { basename, positionals, runCommands } from './lib/shell.js';

/** Where a mode is written: the whole word, or its tail after `--mode=` / `-m`. */
interface ModeSpot {
  readonly mode: string;
  readonly start: number;
  readonly end: number;
  /** Whether `[start, end)` holds exactly `mode` in the file (no quotes or escapes). */
  readonly editable: boolean;
}

function spot(word: ShellWord, prefix = 0): ModeSpot | null {
  if (word.value === null) return null;
  return { mode: word.value.slice(prefix), start: word.start + prefix, end: word.end, editable: word.raw === word.value };
}

/** The mode argument of `chmod` (null with `--reference`, which takes the mode from a file). */
function chmodMode(args: readonly ShellWord[]): ModeSpot | null {
  if (args.some((w) => w.value?.startsWith('--reference'))) return null;
  const [mode] = positionals(args);
  return mode ? spot(mode) : null;
}

/** The `-m MODE`, `-mMODE`, `--mode=MODE` or `--mode MODE` of `mkdir` and `install`. */
function modeOption(args: readonly ShellWord[]): ModeSpot | null {
  for (let i = 0; i < args.length; i++) {
    const w = args[i] as ShellWord;
    const v = w.value;
    if (v === null || v === '--') return null;
    if (v === '--mode' || (/^-[A-Za-z]+$/.test(v) && v.endsWith('m'))) return args[i + 1] ? spot(args[i + 1] as ShellWord) : null;
    if (v.startsWith('--mode=')) return spot(w, '--mode='.length);
    if (/^-m[0-7]+$/.test(v)) return spot(w, 2);
  }
  return null;
}

/** The chmod run by `find ... -exec chmod MODE {} +`. */
function findExecMode(args: readonly ShellWord[]): ModeSpot | null {
  const at = args.findIndex((w, i) => /^-(exec|execdir|ok|okdir)$/.test(w.value ?? '') && basename(args[i + 1]?.value ?? '') === 'chmod');
  if (at === -1) return null;
  const rest = args.slice(at + 2);
  const end = rest.findIndex((w) => w.value === ';' || w.value === '+');
  return chmodMode(end === -1 ? rest : rest.slice(0, end));
}

function reportFor(found: ModeSpot, shown: string): Report | null {
  const ww = worldWritableMode(found.mode);
  if (!ww) return null;
  const fixed = found.editable ? ww.fixed : null;
  const hint = ww.fixed ? ` (\`${ww.fixed}\`)` : '';
  return {
    start: found.start,
    end: found.end,
    message: `\`${shown}\` lets every user write here: take away write for others${hint}`,
    data: fixed ? { mode: fixed } : { noFix: true },
  };
}

export const rule: Rule = {
  meta: {
    name: 'world-writable',
    aliases: ['docker:S2612'],
    severity: 'warning',
    category: 'security',
    summary: 'Do not make files or folders writable by every user',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports modes that give write permission to others (all users) in `chmod` (also behind `sudo`, `xargs` or `find -exec`), `mkdir -m`, `install -m` and `COPY`/`ADD --chmod`: octal modes whose last digit has the write bit (2, 3, 6, 7: `777`, `0666`, `-R 777`) and symbolic modes that add `w` for `o` or `a` (`a+w`, `o=rwx`, `ugo+rwx`, `u+x,o+w`). A plain `+w` is not reported: without a class it respects the umask (022 in builds), which keeps others out. Modes with the sticky bit (`1777`, `+t`) are not reported either: that is how shared directories such as /tmp are meant to be. Modes made of variables are skipped, except for `--chmod` values that resolve from ARG/ENV.',
      whyItMatters:
        'Any process in the container, whatever user it runs as, can change a world-writable file: a compromised low-privilege process can rewrite code, configuration or scripts that a more privileged one later runs. Granting write to the user or group that needs it is enough.',
      example: 'FROM node:20-slim\nWORKDIR /app\nCOPY --chmod=777 start.sh /usr/local/bin/\nRUN mkdir -p /app/data && chmod -R 777 /app/data\nUSER node\n',
      exampleFixed: 'FROM node:20-slim\nWORKDIR /app\nCOPY --chmod=775 start.sh /usr/local/bin/\nRUN mkdir -p /app/data && chmod -R 775 /app/data\nUSER node\n',
      fix:
        'Rewrites the mode without write for others and changes nothing else: in octal the last digit loses its write bit (`777` -> `775`, `0666` -> `0664`); a symbolic clause for `a` or `o` is split so the owner and group keep it as written and others lose only `w` (`a+rwx` -> `ug+rwx,o+rx`, `o=rwx` -> `o=rx`, `u+x,o+w` -> `u+x`). No fix when nothing would remain (`chmod o+w file`), when the mode copies another class (`o=u`), or when it is quoted, escaped or comes from a variable. Unsafe: a process running as another user (often the non-root USER the image switches to) may rely on writing there; it then needs the right owner (`--chown`, `chown`) or group.',
    },
  },
  check({ source, report }) {
    for (const rc of runCommands(source)) {
      let found: ModeSpot | null = null;
      if (rc.name === 'chmod') found = chmodMode(rc.args);
      else if (rc.name === 'mkdir' || rc.name === 'install') found = modeOption(rc.args);
      else if (rc.name === 'find') found = findExecMode(rc.args);
      const r = found && reportFor(found, `${rc.name === 'chmod' || rc.name === 'find' ? 'chmod' : `${rc.name} -m`} ${found.mode}`);
      if (r) report(r);
    }
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'COPY' && inst.keyword !== 'ADD') continue;
      const flag = inst.flag('chmod');
      if (!flag?.value || !flag.valueRange) continue;
      const { value, complete } = source.resolve(flag.value, inst);
      if (!complete) continue;
      const found: ModeSpot = { mode: value, ...flag.valueRange, editable: value === flag.value };
      const r = reportFor(found, `--chmod=${value}`);
      if (r) report(r);
    }
  },
};
