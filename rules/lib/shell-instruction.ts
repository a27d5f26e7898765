/** Which shell RUN, CMD and ENTRYPOINT use: the SHELL instruction in effect, following the stage chain. */
import type { Instruction, Stage } from '../../src/engine/source.js';
import { basename } from './shell.js';

/** Shells that read POSIX `sh` syntax, so the shell view of a script means what it says. */
const POSIX_SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);

/**
 * The SHELL instruction in effect just before `at` (at the end of the stage when `at` is
 * null), following the stages this one is built on; null when none is (the default
 * `/bin/sh -c`). An ONBUILD trigger runs in a later build: it sees the stage's last SHELL.
 */
export function shellInstructionAt(stage: Stage, at: Instruction | null): Instruction | null {
  let limit = at && !at.parent ? at.start : Number.POSITIVE_INFINITY;
  const seen = new Set<Stage>();
  for (let s: Stage | null = stage; s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    let found: Instruction | null = null;
    for (const inst of s.instructions) {
      if (inst.start >= limit) break;
      if (inst.keyword === 'SHELL') found = inst;
    }
    if (found) return found;
    limit = Number.POSITIVE_INFINITY;
  }
  return null;
}

/** A SHELL instruction's command line (its JSON array), or null when it is not in exec form. */
export function shellArgv(inst: Instruction): readonly string[] | null {
  const words = inst.execForm;
  return words && words.length > 0 ? words.map((w) => w.value) : null;
}

/** The program name of a shell path: `/bin/bash` -> `bash`, `C:\\...\\pwsh.exe` -> `pwsh`. */
export function shellName(path: string): string {
  const name = basename(path.replace(/\\/g, '/')).toLowerCase();
  return name.endsWith('.exe') ? name.slice(0, -4) : name;
}

export function isPosixShell(path: string): boolean {
  return POSIX_SHELLS.has(shellName(path));
}

/** Whether shell options turn pipefail on: `-o pipefail`, or a bundle such as `-eo pipefail`. */
export function setsPipefail(args: readonly (string | null)[]): boolean {
  for (let i = 0; i + 1 < args.length; i++) {
    const a = args[i];
    if (a && /^-[A-Za-z]+$/.test(a) && a.includes('o') && args[i + 1] === 'pipefail') return true;
  }
  return false;
}
