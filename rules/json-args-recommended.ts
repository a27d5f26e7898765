/**
 * json-args-recommended: CMD and ENTRYPOINT in shell form run under `/bin/sh -c`, which
 * stands between the container runtime and the program.
 */
import type { Instruction, RunShell } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import type { ShellWord } from '../src/shell/types.js';
import { isPosixShell, shellArgv, shellInstructionAt } from './lib/shell-instruction.js';

/**
 * Command names that are shell builtins or keywords (or behave differently as programs):
 * without the shell they would fail or change meaning.
 */
const SHELL_ONLY: ReadonlySet<string> = new Set([
  '.', ':', '[', '[[', '!', '{', 'alias', 'bg', 'break', 'builtin', 'case', 'cd', 'command', 'continue', 'declare', 'eval',
  'exit', 'export', 'false', 'fg', 'for', 'function', 'getopts', 'hash', 'if', 'jobs', 'kill', 'let', 'local', 'printf',
  'pwd', 'read', 'readonly', 'return', 'select', 'set', 'shift', 'source', 'test', 'time', 'times', 'trap', 'true',
  'type', 'typeset', 'ulimit', 'umask', 'unalias', 'unset', 'until', 'wait', 'while',
]);

/**
 * Whether the shell would expand a word beyond quote removal: an unquoted glob (`*`, `?`,
 * `[`), brace (`{`, `}`) or leading tilde. Expansions with `$` already make the value null.
 */
function expands(raw: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (quote === "'") {
      if (c === "'") quote = null;
    } else if (c === '\\') {
      i++;
    } else if (quote === '"') {
      if (c === '"') quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === '*' || c === '?' || c === '[' || c === '{' || c === '}' || (c === '~' && i === 0)) {
      return true;
    }
  }
  return false;
}

/**
 * The exec-form words of a shell-form command when the split is exact: one simple command
 * of static words, nothing else the shell would interpret. `exec cmd args` gives `cmd args`.
 */
function execWords(inst: Instruction, shell: RunShell): string[] | null {
  const args = inst.argsRange;
  const [cmd] = shell.commands;
  if (!args || !cmd || shell.error !== null || shell.commands.length !== 1 || shell.operators.length !== 0) return null;
  // A leading `!` or a trailing shell comment leaves the command short of the arguments.
  if (cmd.start !== args.start || cmd.end !== args.end) return null;
  if (cmd.depth !== 0 || cmd.assignments.length || cmd.redirects.length) return null;
  let words: readonly ShellWord[] = cmd.words;
  if (words[0]?.value === 'exec') words = words.slice(1);
  const values: string[] = [];
  for (const w of words) {
    if (w.value === null || expands(w.raw)) return null;
    values.push(w.value);
  }
  const [name] = values;
  if (name === undefined || name.startsWith('-') || SHELL_ONLY.has(name)) return null;
  // echo is a program too, but the shell's builtin treats backslashes and options its own way.
  if (name === 'echo' && values.some((v, i) => v.includes('\\') || (i > 0 && v.startsWith('-')))) return null;
  return values;
}

export const rule: Rule = {
  meta: {
    name: 'json-args-recommended',
    aliases: ['DL3025', 'JSONArgsRecommended'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Write CMD and ENTRYPOINT in exec form (a JSON array)',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports `CMD` and `ENTRYPOINT` instructions (ONBUILD triggers included) written in shell form, such as `CMD node server.js`.',
      whyItMatters:
        'Shell form runs the command as `/bin/sh -c "..."`. Depending on the shell, the program may run as a child of `sh`, which does not pass `SIGTERM` on: `docker stop` then waits its timeout and kills the container instead of letting the program shut down cleanly. A shell-form ENTRYPOINT also ignores `CMD` and the arguments of `docker run`.',
      example: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD node server.js --port 8080\n',
      exampleFixed: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js", "--port", "8080"]\n',
      fix:
        'Rewrites the arguments as a JSON array when the split is exact: the shell would run exactly one simple command of fixed words (quotes are removed as the shell would; a leading `exec` is dropped), with no variables, globs, braces, `~`, redirects, operators, assignments, comments or shell builtins. Otherwise there is no fix: the command needs a shell, and a script or an explicit `["sh", "-c", ...]` is a choice for the author. Unsafe, because removing the shell is the point: the program becomes PID 1 and receives signals itself, a shell-form ENTRYPOINT starts taking `CMD` and `docker run` arguments, and a program missing from the image fails at start instead of in `sh`. There is no fix when a SHELL that is not a POSIX shell is in effect, or when comment lines sit inside the instruction.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'CMD' && inst.keyword !== 'ENTRYPOINT') continue;
      const shell = inst.shell;
      const args = inst.argsRange;
      if (!shell || !args) continue;
      const stage = (inst.parent ?? inst).stage;
      const shellInst = stage ? shellInstructionAt(stage, inst) : null;
      const argv = shellInst ? shellArgv(shellInst) : null;
      const posix = !shellInst || (argv !== null && isPosixShell(argv[0] as string));
      const words = posix && source.commentsWithin(args.start, args.end).length === 0 ? execWords(inst, shell) : null;
      report({
        start: args.start,
        end: args.end,
        message: `\`${inst.keyword}\` in shell form runs through a shell that may not pass signals on: write it as a JSON array`,
        data: words ? { words } : { noFix: true },
      });
    }
  },
};
