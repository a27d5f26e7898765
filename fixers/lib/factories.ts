/** Fixers that several rules share, built from the finding's `data`. */
import type { Fixer } from '../../src/engine/types.js';
import { insertAfter } from './edits.js';

/** Inserts an option word at `data.insertAt` (after a subcommand or program word). Safe by the rule's contract. */
export function insertOptionFixer(option: string): Fixer {
  return (finding) => {
    const { insertAt } = finding.data;
    if (typeof insertAt !== 'number') return null;
    return { title: `Add \`${option}\``, applicability: 'safe', edits: [insertAfter({ end: insertAt }, option)] };
  };
}

/**
 * Appends ` && <data.command>` at `data.insertAt`, the end of the RUN's last top-level
 * command. Safe: `&&` keeps the RUN failing when its commands fail.
 */
export const appendCommandFixer: Fixer = (finding) => {
  const { insertAt, command } = finding.data;
  if (typeof insertAt !== 'number' || typeof command !== 'string') return null;
  return { title: `Run \`${command}\` at the end of the RUN`, applicability: 'safe', edits: [insertAfter({ end: insertAt }, `&& ${command}`)] };
};
