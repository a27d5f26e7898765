/**
 * Runs the command line in-process (src/cli/run.ts, the code the built CLI bundles), from the
 * repository root so paths in reports are relative like in CI. The version is `dev` here,
 * which keeps golden files independent of releases.
 */
import { run } from '../../src/cli/run.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function shipshape(args: readonly string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readStdin: () => Buffer.from(stdin),
  });
  return { code, stdout, stderr };
}

/**
 * An inline Dockerfile that exercises the awkward parts of every format: CRLF line ends, a
 * non-ASCII (astral) character before a finding on its line, and `%`, `,`, `:`, `&`, `<` and
 * quotes in the path and in the flagged text, and an unknown instruction (an error).
 */
export const AWKWARD = ['FROM alpine:latest', 'RUN echo "😀" && apk add curl', 'RUN echo "😀" && apk add curl', 'WORKDIR 50%,a:b&<c>\'d\'', 'FORM "x"', ''].join('\r\n');

export const AWKWARD_NAME = 'odd dir/a%b,c:d&<e>.Dockerfile';

/**
 * The rules golden files run (with --select): a fixed set covering every severity and fix
 * kind, so that new rules do not churn the format goldens. Put it after the paths: the
 * array option would take a path that follows it for a rule.
 */
export const GOLDEN_RULES = ['--select', 'syntax-error,image-tag-latest,runs-as-root,apk-add-no-cache,world-writable,workdir-relative,json-args-recommended,maintainer-deprecated,pip-no-cache-dir'];
