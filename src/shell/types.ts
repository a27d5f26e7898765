/**
 * The shell view of a RUN instruction (or any shell snippet).
 *
 * Offsets are indices into the *logical* script string handed to `parseShell`
 * (the RUN text with line continuations and in-continuation comments removed).
 * The source model maps them back to file offsets; rules never see logical
 * offsets.
 */

/** One shell word, e.g. `--no-install-recommends`, `"$HOME/x"`, `'a b'`. */
export interface ShellWord {
  /** Raw text of the word as written (quotes included). */
  readonly raw: string;
  /**
   * The word's value after quote removal when it is fully static
   * (`'a b'` -> `a b`, `"x"y` -> `xy`, `a\ b` -> `a b`);
   * `null` when it contains an expansion (`$X`, `${X}`, `$(..)`, backticks, globs are kept literally).
   */
  readonly value: string | null;
  readonly start: number;
  readonly end: number;
}

/** How a simple command is joined to the command before it. */
export type Connector = '&&' | '||' | ';' | '|' | '|&' | '&' | '\n' | null;

export interface ShellRedirect {
  /** Operator as written: `>`, `>>`, `2>`, `<`, `<<`, `<<-`, `<<<`, `&>`, `>&`, ... */
  readonly op: string;
  readonly target: ShellWord | null;
  readonly start: number;
  readonly end: number;
}

/** A simple command: assignments, words and redirects, e.g. `DEBIAN_FRONTEND=x apt-get install -y a > log`. */
export interface ShellCommand {
  /** Leading `NAME=value` words. */
  readonly assignments: readonly ShellWord[];
  /** Command name then arguments (assignments and redirects excluded). May be empty (`X=1` alone). */
  readonly words: readonly ShellWord[];
  readonly redirects: readonly ShellRedirect[];
  /** Operator joining this command to the previous one in the same list; null for the first. */
  readonly connector: Connector;
  /**
   * Nesting depth: 0 at top level; >0 inside `( )`, `{ }`, `$( )`, backticks,
   * `if`/`for`/`while`/`case` bodies, ...
   */
  readonly depth: number;
  /** Index of the pipeline this command belongs to (commands joined by `|` share it). */
  readonly pipeline: number;
  readonly start: number;
  readonly end: number;
}

export interface ShellScript {
  /** Every simple command in source order, nested ones included (flattened). */
  readonly commands: readonly ShellCommand[];
  /** Control operators at any depth, in source order. */
  readonly operators: readonly { readonly op: string; readonly start: number; readonly end: number }[];
  /** Set when the script could not be parsed completely; commands holds what was recovered. */
  readonly error: string | null;
}
