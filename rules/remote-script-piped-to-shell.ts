/**
 * remote-script-piped-to-shell: a script downloaded and run in one go (`curl ... | sh`,
 * `bash <(curl ...)`, `sh -c "$(wget -qO- ...)"`), so nothing checks what was run.
 */
import type { Instruction } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import type { ShellWord } from '../src/shell/types.js';
import { optionWords } from './lib/option-words.js';
import { commandsOf, type RunCommand } from './lib/shell.js';

const SHELLS: ReadonlySet<string> = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
const INTERPRETERS = /^(?:python[0-9.]*|perl|ruby|node|php)$/;
/** Commands that run a file given as operand (`source <(curl ...)`, `. <(curl ...)`). */
const SOURCING: ReadonlySet<string> = new Set(['source', '.']);

/** Whether a download command writes what it fetched to standard output. */
function downloadsToStdout(command: RunCommand): boolean {
  const program = command.program;
  if (!program) return false;
  if (program.name === 'curl') {
    return !optionWords(program.args, { short: 'AbcCdDeEFHKmoPQrtTuUwxXyYz' }).some((o) => ['-o', '-O', '--output', '--remote-name', '--remote-name-all', '-J'].includes(o.name) && o.value !== '-');
  }
  if (program.name === 'wget') {
    return optionWords(program.args, { short: 'oOaeiBtTwQPUlARDXI', long: new Set(['--output-document']) }).some((o) => (o.name === '-O' || o.name === '--output-document') && o.value === '-');
  }
  return false;
}

/** Whether a command runs a script read from standard input (`sh`, `bash -s -- args`, `python3 -`). */
function runsStdin(command: RunCommand): boolean {
  const program = command.program;
  if (!program) return false;
  const words = program.args.map((w) => w.value ?? '');
  if (SHELLS.has(program.name)) {
    if (words.includes('-c')) return false;
    const operand = words.findIndex((v) => !v.startsWith('-') || v === '-');
    const stdinFlag = words.findIndex((v) => /^-[a-z]*s[a-z]*$/.test(v));
    return operand === -1 || words[operand] === '-' || (stdinFlag !== -1 && stdinFlag < operand);
  }
  if (INTERPRETERS.test(program.name)) {
    const operand = words.find((v) => !v.startsWith('-') || v === '-');
    return (operand === undefined || operand === '-') && !words.includes('-c') && !words.includes('-e') && !words.includes('-m');
  }
  return false;
}

/** Whether a word runs the output of a nested download: `<(curl ...)` for a shell or `source`, `"$(curl ...)"` after `sh -c` or `eval`. */
function runsNested(command: RunCommand, word: ShellWord): boolean {
  const program = command.program;
  if (!program) return false;
  const raw = word.raw.replace(/^["']/, '');
  if (raw.startsWith('<(')) return SHELLS.has(program.name) || SOURCING.has(program.name) || INTERPRETERS.test(program.name);
  if (!raw.startsWith('$(') && !raw.startsWith('`')) return false;
  if (program.name === 'eval') return true;
  const at = program.args.indexOf(word);
  return SHELLS.has(program.name) && at > 0 && program.args[at - 1]?.value === '-c';
}

function check(inst: Instruction, report: (r: { start: number; end: number; message: string }) => void): void {
  const commands = commandsOf(inst);
  for (let i = 0; i < commands.length; i++) {
    const fetch = commands[i] as RunCommand;
    if (!downloadsToStdout(fetch) && !(fetch.cmd.depth > 0 && (fetch.name === 'curl' || fetch.name === 'wget'))) continue;
    // `curl ... | sh`: a later command of the same pipeline reads the script.
    const sink = commands.slice(i + 1).find((c) => c.cmd.pipeline === fetch.cmd.pipeline && c.cmd.depth === fetch.cmd.depth && runsStdin(c));
    if (sink && downloadsToStdout(fetch)) {
      report({ start: fetch.cmd.start, end: sink.cmd.end, message: `A downloaded script is piped into \`${sink.name}\` and run unchecked: download it to a file, verify its checksum, then run it` });
      continue;
    }
    // `bash <(curl ...)`, `sh -c "$(curl ...)"`: the download sits inside a word of the command that runs it.
    if (fetch.cmd.depth === 0) continue;
    const outer = commands.find((c) => c.cmd.depth < fetch.cmd.depth && c.cmd.words.some((w) => w.start <= fetch.cmd.start && fetch.cmd.end <= w.end && runsNested(c, w)));
    if (outer) report({ start: outer.cmd.start, end: outer.cmd.end, message: `A downloaded script is run by \`${outer.name}\` unchecked: download it to a file, verify its checksum, then run it` });
  }
}

export const rule: Rule = {
  meta: {
    name: 'remote-script-piped-to-shell',
    aliases: [],
    severity: 'warning',
    category: 'security',
    summary: 'Do not pipe downloaded scripts into a shell',
    fix: null,
    docs: {
      whatItDoes:
        'Reports RUN commands (ONBUILD triggers included) that run a script as it is downloaded: `curl`/`wget -O-` piped into `sh`, `bash`, `dash`, `zsh`, `ash`, `ksh` (also `bash -s -- args`, `sudo bash`) or into `python`, `perl`, `ruby`, `node`, `php` reading standard input; `bash <(curl ...)` and `source <(curl ...)`; and `sh -c "$(curl ...)"` or `eval "$(curl ...)"`. A curl that writes to a file (`-o`, `-O`) is not a download to standard output.',
      whyItMatters:
        'The script runs, usually as root, with nothing checking that it is the one you read: a compromised server, CDN or release, or a truncated download, executes in your build. Downloading to a file and verifying a published checksum (or signature) before running it turns that into a build failure.',
      example: 'FROM debian:12-slim\nRUN curl -fsSL https://example.com/install.sh | sh\n',
      exampleFixed:
        'FROM debian:12-slim\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n    && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \\\n    && sh /tmp/install.sh && rm /tmp/install.sh\n',
      fix: 'None: the checksum to verify against is not in the file. Download the script to a file, check it with `sha256sum -c`, then run it; or use `ADD --checksum=sha256:<digest> <url> <file>`.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) if (inst.keyword === 'RUN') check(inst, report);
  },
};
