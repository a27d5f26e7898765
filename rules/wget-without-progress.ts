/**
 * wget-without-progress: without a terminal, GNU wget falls back to its "dot" progress
 * display and writes a line per 50 KB downloaded into the build log.
 */
import type { Instruction, Stage } from '../src/engine/source.js';
import type { Applicability, LintSettings, Rule } from '../src/engine/types.js';
import type { ShellWord } from '../src/shell/types.js';
import { lookupImage } from './data/images.js';
import { apkCall, parseArgs } from './lib/packages.js';
import { type RunCommand, runCommands } from './lib/shell.js';

const WGET_SPEC = {
  // -n takes the rest of its bundle (`-nv`, `-nc`); the others take a value word.
  short: 'oaOPeUTtwQlADIXRiBn',
  long: new Set(['--output-file', '--append-output', '--output-document', '--execute', '--directory-prefix', '--user-agent', '--tries', '--timeout', '--header', '--user', '--password', '--post-data', '--post-file', '--input-file', '--base', '--accept', '--reject', '--domains', '--level', '--wait', '--quota']),
};
/** Options that quiet the progress display or send it to a log file. */
const QUIET = new Set(['-q', '--quiet', '--no-verbose', '-o', '--output-file', '-a', '--append-output', '-b', '--background']);
const ADD: ReadonlySet<string> = new Set(['add']);

/**
 * The arguments as wget will see them: static words as they are, ARG/ENV expansions
 * (`$WGET_OPTS`) by their value, split. Null when a value is unknown.
 */
function expandedArgs(args: readonly ShellWord[], inst: Instruction): ShellWord[] | null {
  const out: ShellWord[] = [];
  for (const word of args) {
    if (word.value !== null) out.push(word);
    else if (/^"?\$/.test(word.raw)) {
      const resolved = inst.source.resolve(word.raw, inst);
      if (!resolved.complete || word.raw.includes('$(')) return null;
      for (const part of resolved.value.replace(/"/g, '').split(/\s+/)) if (part) out.push({ ...word, value: part });
    } else out.push(word);
  }
  return out;
}

function quiet(args: readonly ShellWord[]): boolean {
  return parseArgs(args, WGET_SPEC).options.some(
    (o) =>
      QUIET.has(o.name) ||
      o.name === '--progress' ||
      (o.name === '-n' && (o.value ?? '').includes('v')) ||
      ((o.name === '-e' || o.name === '--execute') && /progress|verbose|quiet/.test(o.value ?? '')),
  );
}

/** Where `apk add wget` replaced BusyBox's wget with GNU wget: the stage and the offset. */
function gnuWgetInstalls(commands: readonly RunCommand[]): { stage: Stage; at: number }[] {
  const out: { stage: Stage; at: number }[] = [];
  for (const command of commands) {
    const stage = command.inst.stage;
    if (stage && !command.inst.parent && apkCall(command, ADD)?.operands.some((w) => w.value === 'wget')) out.push({ stage, at: command.cmd.end });
  }
  return out;
}

/**
 * `--progress=dot:giga` is GNU wget's option; BusyBox wget (Alpine's default) rejects it
 * and the RUN would fail. Safe on Debian- and RHEL-family images, and on Alpine after
 * `apk add wget`; display-only on Alpine without it; unsafe when the image is unknown.
 */
function applicability(command: RunCommand, installs: readonly { stage: Stage; at: number }[], settings: LintSettings): Applicability {
  const stage = command.inst.stage;
  if (!stage) return 'unsafe';
  const family = lookupImage(stage.rootImage, settings.images)?.family;
  if (family === 'debian' || family === 'rhel') return 'safe';
  const chain = stage.chain;
  if (installs.some((i) => chain.includes(i.stage) && (i.stage !== stage || i.at <= command.cmd.start))) return 'safe';
  return family === 'alpine' ? 'display-only' : 'unsafe';
}

export const rule: Rule = {
  meta: {
    name: 'wget-without-progress',
    aliases: ['DL3047'],
    severity: 'info',
    category: 'style',
    summary: 'Use `wget --progress=dot:giga` (or `-q`/`-nv`) in RUN',
    fix: 'safe',
    docs: {
      whatItDoes:
        'Reports `wget` in a RUN (ONBUILD triggers and `sudo` included) without an option that tames its progress display: `--progress=...`, `-q`/`--quiet`, `-nv`/`--no-verbose`, `-o`/`-a` (progress goes to a log file), `-b`, or `-e progress=...`. Options held in an ARG or ENV (`wget $WGET_OPTS ...`) count by their value; when the value is unknown nothing is reported (hadolint reports these).',
      whyItMatters:
        'A build has no terminal, so GNU wget switches from its progress bar to the "dot" display: one line per 50 KB, which is thousands of lines for a large download, burying the build log and slowing CI log viewers. `--progress=dot:giga` prints a line per 32 MB instead and still reports errors.',
      example: 'FROM debian:12-slim\nRUN wget https://example.com/tool.tar.gz\n',
      exampleFixed: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/tool.tar.gz\n',
      fix:
        'Inserts `--progress=dot:giga` right after `wget`. Safe when the wget is GNU wget: on Debian- and RHEL-family base images (from the image table), and on Alpine after `apk add wget` earlier in the stage. On Alpine without it the wget is BusyBox\'s, which has no `--progress` option (it would fail the RUN), so the fix is display-only; use `-q` there. Unsafe when the base image is unknown.',
    },
  },
  check({ source, report, settings }) {
    const commands = [...runCommands(source)];
    let installs: { stage: Stage; at: number }[] | null = null;
    for (const command of commands) {
      const program = command.program;
      if (program?.name !== 'wget') continue;
      const args = expandedArgs(program.args, command.inst);
      if (!args || quiet(args)) continue;
      installs ??= gnuWgetInstalls(commands);
      report({
        start: program.word.start,
        end: program.word.end,
        message: '`wget` fills the build log with progress dots; add `--progress=dot:giga` (or `-q`)',
        data: { insertAt: program.word.end, applicability: applicability(command, installs, settings) },
      });
    }
  },
};
