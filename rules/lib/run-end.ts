/** Where a command can be appended to a RUN's script. */
import type { RunShell } from '../../src/engine/source.js';

/**
 * Where ` && cmd` can go: after the last top-level command when nothing follows it but `;`
 * or a line break (in a `RUN <<EOF` script, after its last command). Null when the script
 * ends in a compound command (`fi`, `done`, `)`), runs in the background, or could not be parsed.
 */
export function appendPoint(shell: RunShell): number | null {
  if (shell.error) return null;
  let last = null;
  for (const c of shell.commands) if (c.depth === 0) last = c;
  if (!last) return null;
  const end = last.end;
  if (shell.commands.some((c) => c.start >= end)) return null;
  if (shell.operators.some((o) => o.op === '&' && o.start >= end)) return null;
  return end;
}
