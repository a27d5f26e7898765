/**
 * multiple-consecutive-run: two short RUN instructions in a row with the same flags could be
 * one. hadolint's condition: comments between them do not separate them, and a RUN with more
 * than two commands (a deliberate chain) is left alone on either side.
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { isPosixShell, shellArgv, shellInstructionAt } from './lib/shell-instruction.js';

/** Commands whose effect on the shell (directory, variables, options, exit) would reach the next RUN's commands once merged. */
const SHELL_STATE: ReadonlySet<string> = new Set([
  'cd', 'pushd', 'popd', 'export', 'set', 'unset', 'exit', 'exec', 'trap', 'umask', 'source', '.', 'alias', 'unalias',
  'shopt', 'ulimit', 'readonly', 'declare', 'typeset', 'local', 'eval', 'return', 'shift', 'getopts', 'hash', 'wait', 'enable', 'builtin',
]);

function flagsKey(inst: Instruction): string {
  return inst.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`).join('\u0000');
}

/** How the second RUN can be appended to the first with ` && `, or null when the text would not mean the same. */
function mergeSafety(first: Instruction, second: Instruction): 'safe' | 'unsafe' | null {
  const a = first.shell;
  const b = second.shell;
  if (!a || !b || a.error || b.error || first.heredocs.length || second.heredocs.length || a.commands.length === 0 || b.commands.length === 0) return null;
  // Backgrounding, or a trailing operator (`a;`), breaks `a && b`.
  if (a.operators.some((o) => o.op === '&' || o.op === '|&')) return null;
  const lastA = a.commands[a.commands.length - 1];
  const lastOperator = a.operators[a.operators.length - 1];
  if (!lastA || (lastOperator && lastOperator.start >= lastA.end)) return null;
  // Only `&&` and pipes in the second: with `;` or `||`, a failure of the first would no longer stop the build.
  if (b.operators.some((o) => o.op !== '&&' && o.op !== '|')) return null;
  // A shell comment at the end of the first would swallow the second.
  const tail = first.source.text.slice(Math.max(lastA.end, lastOperator?.end ?? 0), first.end);
  if (tail.includes('#')) return null;
  if (first.source.commentsWithin(first.end, second.start).length) return null;
  const stateful = a.commands.some((c) => {
    const name = c.words[0]?.value;
    return name === null || (c.words.length === 0 && c.assignments.length > 0) || (name !== undefined && SHELL_STATE.has(name));
  });
  return stateful ? 'unsafe' : 'safe';
}

/** Whether the RUNs run in a POSIX shell (the `&&` of the merge means what it says). */
function posixShell(inst: Instruction): boolean {
  const shell = inst.stage ? shellInstructionAt(inst.stage, inst) : null;
  const argv = shell ? shellArgv(shell) : null;
  return shell === null || (argv !== null && isPosixShell(argv[0] as string));
}

export const rule: Rule = {
  meta: {
    name: 'multiple-consecutive-run',
    aliases: ['DL3059'],
    severity: 'info',
    category: 'performance',
    summary: 'Consecutive RUN instructions could be one',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports a RUN that directly follows another RUN (comment lines between them do not count) with the same flags, when neither runs more than two commands: a longer chain is taken as a deliberate split. This is hadolint\'s condition.',
      whyItMatters:
        'Each RUN adds a layer and a cache step. Files a later RUN deletes still sit in the earlier layer, and `apt-get update` cached in its own layer goes stale for the install after it.',
      example: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
      exampleFixed: 'FROM debian:12-slim\nRUN apt-get update && \\\n    apt-get install -y --no-install-recommends curl\n',
      fix:
        'Joins the RUN onto the one before it with ` && ` and a line continuation (in the file\'s escape character), dropping the second `RUN` keyword and its flags. ' +
        'Safe when the first RUN changes no shell state (no `cd`, `export`, `set`, `exit`, bare assignments, ...): each command runs as before and a failure still stops the build. Unsafe when it does, since that state would now reach the second RUN\'s commands. ' +
        'No fix when comment lines lie between them, with heredocs or exec form, when the first ends in a shell comment, `;` or `&`, when the second has `;` or `||` at any level (a failure of the first would no longer fail the build), or under a non-POSIX SHELL.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      let previous: Instruction | null = null;
      for (const inst of stage.instructions) {
        if (inst.keyword !== 'RUN') {
          previous = null;
          continue;
        }
        const before: Instruction | null = previous;
        previous = inst;
        if (!before || flagsKey(before) !== flagsKey(inst)) continue;
        const count = (i: Instruction): number => (i.execForm ? 1 : (i.shell?.commands.length ?? 1));
        if (count(before) > 2 || count(inst) > 2) continue;
        const safety = posixShell(inst) ? mergeSafety(before, inst) : null;
        report({
          start: inst.keywordRange.start,
          end: inst.argsRange?.end ?? inst.keywordRange.end,
          message: `This RUN directly follows the RUN on line ${before.line + 1}: join them with \`&&\` into one layer`,
          data: safety && inst.argsRange ? { joinStart: before.end, joinEnd: inst.argsRange.start, safety } : { noFix: true },
        });
      }
    }
  },
};
