/**
 * Which program a simple command really runs: wrappers that run the rest of their arguments
 * as a command (`sudo -u x`, `env A=b`, `nice`, `timeout 5`, ...) are looked through. Shared
 * by the Dockerfile rules (RUN) and the script kind (`sudo docker run ...`).
 */
import type { ShellCommand, ShellWord } from './types.js';

/** Commands that run another command given as their arguments. */
const WRAPPERS: ReadonlyMap<string, { valueOptions: ReadonlySet<string> }> = new Map(Object.entries({
  sudo: { valueOptions: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-R', '-T', '-U', '--user', '--group', '--host', '--prompt', '--chdir', '--close-from', '--chroot', '--other-user', '--command-timeout']) },
  env: { valueOptions: new Set(['-u', '--unset', '-C', '--chdir', '-S', '--split-string']) },
  nice: { valueOptions: new Set(['-n', '--adjustment']) },
  nohup: { valueOptions: new Set() },
  time: { valueOptions: new Set(['-f', '--format', '-o', '--output']) },
  exec: { valueOptions: new Set(['-a']) },
  command: { valueOptions: new Set() },
  stdbuf: { valueOptions: new Set(['-i', '-o', '-e']) },
  timeout: { valueOptions: new Set(['-s', '--signal', '-k', '--kill-after']) },
  xargs: { valueOptions: new Set(['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a']) },
}));

/** A `NAME=value` word (the name captured): an environment setting before a program. */
export const ENV_ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

export function basename(value: string): string {
  return value.slice(value.lastIndexOf('/') + 1);
}

/** Finds the real command in a simple command, skipping wrappers like `sudo -u x` and `env A=b`. */
export function unwrap(cmd: ShellCommand): { at: number; name: string | null } {
  const words = cmd.words;
  let i = 0;
  while (i < words.length) {
    const value = (words[i] as ShellWord).value;
    if (value === null) return { at: i, name: null };
    const name = basename(value);
    const wrapper = WRAPPERS.get(name);
    if (!wrapper) return { at: i, name };
    i++;
    // timeout's first operand is the duration.
    let durationPending = name === 'timeout';
    while (i < words.length) {
      const v = (words[i] as ShellWord).value ?? '';
      if (v === '--') {
        i++;
        break;
      }
      if (v.startsWith('-') && v.length > 1) {
        i += wrapper.valueOptions.has(v) ? 2 : 1;
        continue;
      }
      if (name === 'env' && ENV_ASSIGNMENT.test(v)) {
        i++;
        continue;
      }
      if (durationPending) {
        durationPending = false;
        i++;
        continue;
      }
      break;
    }
  }
  return { at: -1, name: null };
}
