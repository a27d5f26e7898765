/**
 * shipshape's command line. Exit codes:
 *   0  no findings at or above the failure threshold (and, with --fix, nothing changed)
 *   1  findings at or above the threshold remain, or --fix changed a file, or --diff has changes
 *   2  usage, configuration or input error
 *   3  internal error (a bug: please report it)
 */
import { run } from './run.js';

// A reader that stops early (`shipshape . | head`) closes the pipe: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`shipshape: internal error: ${message.split('\n')[0]} (please report this)\n`);
    if (process.env.SHIPSHAPE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 3;
  },
);
