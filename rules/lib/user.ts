/** Which user an instruction runs as, following USER lines, ARG defaults and stage inheritance. */
import type { Instruction, Stage, SourceFile } from '../../src/engine/source.js';
import type { LintSettings } from '../../src/engine/types.js';
import type { ShellWord } from '../../src/shell/types.js';
import { entrypointDropsPrivileges, lookupImage } from '../data/images.js';
import { basename, commandsOf } from './shell.js';
import { entryOf } from '../../src/engine/text.js';

export interface EffectiveUser {
  /** The user as resolved (`root`, `node`, `1000:1000`), or null when set by the base image. */
  readonly user: string | null;
  /** The user text as written, before ARG substitution. */
  readonly written: string | null;
  /** The USER instruction that set it, or null for the base image's default. */
  readonly from: Instruction | null;
  /** Whether the value could be resolved (false: an ARG without a default). */
  readonly resolved: boolean;
  /**
   * true: root; false: not root; null: not knowable (a USER value or base image that comes from
   * an ARG without a default). The default user of a base image missing from the table counts as root.
   */
  readonly root: boolean | null;
}

/** `root`, `0`, `root:x`, `0:x` (and `root` in any case) are root. */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0]?.trim().toLowerCase() ?? '';
  return name === 'root' || name === '0';
}

/** The USER in effect just before `at` (or at the end of the stage when `at` is null). */
export function userAt(source: SourceFile, stage: Stage, at: Instruction | null, settings: LintSettings): EffectiveUser {
  let owner: Stage | null = stage;
  let limit: number = at ? (at.parent ?? at).start : Number.POSITIVE_INFINITY;
  const seen = new Set<Stage>();
  while (owner && !seen.has(owner)) {
    seen.add(owner);
    const users = owner.instructions.filter((i) => i.keyword === 'USER' && i.start < limit);
    const last = users[users.length - 1];
    if (last) {
      const written = last.argsContent.trim();
      const { value, complete } = source.resolve(written, last);
      const user = complete ? value.trim() : null;
      return { user, written, from: last, resolved: complete, root: user === null ? null : isRootUser(user) };
    }
    limit = Number.POSITIVE_INFINITY;
    owner = owner.baseStage;
  }
  const root = stage.rootImage;
  const fact = lookupImage(root, settings.images);
  if (fact?.nonRoot) return { user: fact.user ?? null, written: null, from: null, resolved: true, root: false };
  if (!root && stage.chain.some((s) => s.imageUnresolved)) return { user: null, written: null, from: null, resolved: false, root: null };
  return { user: null, written: null, from: null, resolved: true, root: true };
}

/**
 * The user a USER instruction switched away from: walking back from `at` over USER lines
 * that set root, the last one that set a (resolved) non-root user. Null when there is none
 * or when an unresolvable USER is in the way.
 */
export function earlierNonRootUser(source: SourceFile, at: Instruction, settings: LintSettings): EffectiveUser | null {
  const seen = new Set<Instruction>();
  let before: Instruction = at;
  for (;;) {
    const stage = before.stage;
    if (!stage || seen.has(before)) return null;
    seen.add(before);
    const user = userAt(source, stage, before, settings);
    if (!user.from) return null;
    if (user.root === false) return user;
    if (user.root === null) return null;
    before = user.from;
  }
}

/** Options taking a value, for the first positional (the login) to be found. */
interface UserToolOptions {
  /** Short option letters that take a value (also as the last letter of a bundle like `-ms`). */
  readonly short: string;
  readonly long: ReadonlySet<string>;
}

const USER_TOOLS: Readonly<Record<string, UserToolOptions>> = {
  // shadow-utils.
  useradd: {
    short: 'bcdefgGkKpPRsuZ',
    long: new Set(['--base-dir', '--comment', '--home-dir', '--expiredate', '--inactive', '--gid', '--groups', '--skel', '--key', '--password', '--root', '--prefix', '--shell', '--uid', '--selinux-user', '--selinux-range']),
  },
  // Debian's adduser (long options) and BusyBox's (short ones).
  adduser: {
    short: 'hgsGuk',
    long: new Set(['--home', '--shell', '--uid', '--gid', '--ingroup', '--gecos', '--comment', '--firstuid', '--lastuid', '--firstgid', '--lastgid', '--conf', '--key']),
  },
};

const LOGIN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function firstPositional(args: readonly ShellWord[], options: UserToolOptions): ShellWord | null {
  for (let i = 0; i < args.length; i++) {
    const word = args[i] as ShellWord;
    const v = word.value;
    if (v === null) return word;
    if (v === '--') return args[i + 1] ?? null;
    if (v.startsWith('--')) {
      if (!v.includes('=') && options.long.has(v)) i++;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      if (options.short.includes(v[v.length - 1] as string)) i++;
      continue;
    }
    return word;
  }
  return null;
}

/**
 * The last user that a RUN of the stage (or of the stages it builds on) creates with
 * `useradd` or `adduser`, e.g. `app` for `RUN useradd -r -g app app`. Names built from
 * ARG/ENV values are resolved; null when there is none.
 */
export function createdUser(source: SourceFile, stage: Stage): string | null {
  let found: string | null = null;
  for (const owner of stage.chain.reverse()) {
    for (const inst of owner.instructions) {
      if (inst.keyword !== 'RUN') continue;
      for (const { name, args } of commandsOf(inst)) {
        const options = name ? entryOf(USER_TOOLS, name) : undefined;
        if (!options) continue;
        const word = firstPositional(args, options);
        if (!word) continue;
        const value = word.value ?? resolvedWord(source, word, inst);
        if (value && LOGIN_NAME.test(value) && !isRootUser(value)) found = value;
      }
    }
  }
  return found;
}

/** A word like `"$APP_USER"` with its ARG/ENV values filled in, or null when not fully known. */
function resolvedWord(source: SourceFile, word: ShellWord, at: Instruction): string | null {
  const { value, complete } = source.resolve(word.raw.replace(/["']/g, ''), at);
  return complete ? value : null;
}

/** How a root image gives up root when it starts. */
export interface PrivilegeDrop {
  /** The tool (`gosu`, `su-exec`, `setpriv`, ...), or null when the base image's entrypoint does it. */
  readonly tool: string | null;
  /** Where it was seen, as a phrase: `in ENTRYPOINT`, ``in `docker-entrypoint.sh` ``, `set up on line 4`. */
  readonly where: string;
}

/** Commands whose only purpose is to run a program as another user. */
const DROP_COMMANDS: ReadonlySet<string> = new Set(['gosu', 'su-exec', 'runuser', 's6-setuidgid']);
/** Of those, the ones that are installed only to be used by an entrypoint. */
const DEDICATED_DROP_TOOLS: ReadonlySet<string> = new Set(['gosu', 'su-exec']);
/**
 * How many leading words of ENTRYPOINT/CMD may name the script that starts the container:
 * the program itself, or what a launcher runs (`tini -- /entrypoint.sh`, `sh -c /start.sh`).
 */
const PROGRAM_WORDS = 6;
/** Splits script text into words; one character class, so linear on any input. */
const TOKEN_SEPARATORS = /[\s;&|()`"'{}<>]+/;

/** The privilege-dropping tool in a list of words: a drop command, `setpriv --reuid`, `chroot --userspec`. */
function dropToolIn(tokens: readonly string[]): string | null {
  let pending: 'setpriv' | 'chroot' | null = null;
  for (const token of tokens) {
    const name = basename(token);
    if (DROP_COMMANDS.has(name)) return name;
    if (name === 'setpriv' || name === 'chroot') pending = name;
    else if (pending === 'setpriv' && (token.startsWith('--reuid') || token.startsWith('--ruid'))) return 'setpriv';
    else if (pending === 'chroot' && token.startsWith('--userspec')) return 'chroot --userspec';
  }
  return null;
}

/** Scans a script's lines, comments skipped, for a privilege-dropping tool. */
function dropToolInScript(text: string): string | null {
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const tool = dropToolIn(trimmed.split(TOKEN_SEPARATORS));
    if (tool) return tool;
  }
  return null;
}

/** The program words of ENTRYPOINT or CMD: exec-form strings split into words, or shell-form words resolved. */
function commandWords(source: SourceFile, inst: Instruction): string[] {
  const exec = inst.execForm;
  if (exec) return exec.flatMap((w) => w.value.split(TOKEN_SEPARATORS)).filter((w) => w !== '');
  return inst.args.flatMap((w) => expanded(source, w.value, inst).split(TOKEN_SEPARATORS)).filter((w) => w !== '');
}

/** A Dockerfile-level value with ARG/ENV references filled in (resolving only when there is one). */
function expanded(source: SourceFile, value: string, at: Instruction): string {
  return value.includes('$') ? source.resolve(value, at).value : value;
}

/** The last instruction with this keyword in the stage or the stages it builds on. */
function lastInChain(stage: Stage, keyword: string): Instruction | null {
  for (const owner of stage.chain) {
    for (let i = owner.instructions.length - 1; i >= 0; i--) {
      const inst = owner.instructions[i] as Instruction;
      if (inst.keyword === keyword) return inst;
    }
  }
  return null;
}

/**
 * Whether the stage deliberately starts as root and drops to another user when the
 * container starts: a drop tool in ENTRYPOINT/CMD, in an entrypoint script the Dockerfile
 * copies from the build context, gosu/su-exec installed or used by a RUN, or a base image
 * whose own entrypoint drops privileges (while ENTRYPOINT is kept).
 */
export function privilegeDrop(source: SourceFile, stage: Stage, settings: LintSettings): PrivilegeDrop | null {
  const entrypoint = lastInChain(stage, 'ENTRYPOINT');
  const cmd = lastInChain(stage, 'CMD');
  const programs: string[] = [];
  for (const inst of [entrypoint, cmd]) {
    if (!inst) continue;
    const words = commandWords(source, inst);
    const tool = dropToolIn(words);
    if (tool) return { tool, where: `in ${inst.keyword}` };
    for (const word of words.slice(0, PROGRAM_WORDS)) if (!word.startsWith('-')) programs.push(word);
  }
  const script = dropInCopiedScript(source, stage, programs, settings);
  if (script) return script;
  for (const owner of stage.chain) {
    for (const inst of owner.instructions) {
      const words = inst.keyword === 'RUN' ? runWords(inst) : [];
      const tool = words.find((w) => DEDICATED_DROP_TOOLS.has(basename(w)));
      if (tool) return { tool: basename(tool), where: `set up on line ${inst.line + 1}` };
    }
  }
  if (!entrypoint && entrypointDropsPrivileges(stage.rootImage)) {
    return { tool: null, where: `in the entrypoint of \`${stage.rootImage?.raw ?? ''}\`` };
  }
  return null;
}

function runWords(inst: Instruction): string[] {
  // The shell view is cached by the model; the exec form is only computed when there is none.
  const shell = inst.shell;
  if (!shell) return (inst.execForm ?? []).map((w) => w.value);
  const words: string[] = [];
  for (const cmd of shell.commands) for (const w of cmd.words) if (w.value !== null) words.push(w.value);
  return words;
}

/**
 * Finds, among the files a COPY/ADD of the stage chain puts in the image, the scripts that
 * ENTRYPOINT/CMD run, reads them from the build context (or a COPY heredoc) and looks for a
 * privilege-dropping tool in them.
 */
function dropInCopiedScript(source: SourceFile, stage: Stage, programs: readonly string[], settings: LintSettings): PrivilegeDrop | null {
  if (programs.length === 0) return null;
  const wanted = new Set(programs.map(basename));
  const tried = new Set<string>();
  for (const owner of stage.chain) {
    for (const inst of owner.instructions) {
      if ((inst.keyword !== 'COPY' && inst.keyword !== 'ADD') || inst.flag('from')) continue;
      const heredocs = inst.heredocs;
      if (heredocs.length) {
        const bodyStart = heredocs[0]?.body.start ?? inst.end;
        const head = inst.args.filter((w) => w.start < bodyStart && !w.value.startsWith('<<'));
        const dest = head[head.length - 1]?.value ?? '';
        for (const h of heredocs) {
          const file = dest.endsWith('/') ? h.name : basename(dest);
          const tool = wanted.has(file) ? dropToolInScript(source.text.slice(h.body.start, h.body.end)) : null;
          if (tool) return { tool, where: `in the heredoc \`${file}\` on line ${inst.line + 1}` };
        }
        continue;
      }
      const words = (inst.execForm ?? inst.args).map((w) => expanded(source, w.value, inst));
      if (words.length < 2) continue;
      const dest = words[words.length - 1] as string;
      const sources = words.slice(0, -1).filter((s) => !/[*?[]|:\/\//.test(s));
      for (const path of contextCandidates(sources, dest, programs, wanted)) {
        if (tried.has(path)) continue;
        tried.add(path);
        const text = settings.readContextFile(path);
        const tool = text === null ? null : dropToolInScript(text);
        if (tool) return { tool, where: `in \`${path}\`` };
      }
    }
  }
  return null;
}

/** Build-context paths that may hold a program: same file name, renamed file, or inside a copied folder. */
function contextCandidates(sources: readonly string[], dest: string, programs: readonly string[], wanted: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const destDir = withoutTrailingSlashes(dest);
  for (const s of sources) {
    const src = contextPath(s);
    if (wanted.has(basename(src))) out.push(src);
    if (sources.length === 1 && !dest.endsWith('/') && wanted.has(basename(dest))) out.push(src);
    for (const program of programs) {
      let rest: string | null = null;
      if (program.startsWith(`${destDir}/`)) rest = program.slice(destDir.length + 1);
      else if (destDir === '.' && !program.startsWith('/')) rest = contextPath(program);
      if (rest) out.push(src === '' ? rest : `${src}/${rest}`);
    }
  }
  return out;
}

/** A COPY source as a path relative to the build context (`./a/b/` -> `a/b`, `.` -> ``). */
function contextPath(path: string): string {
  let p = path;
  for (;;) {
    if (p.startsWith('./')) p = p.slice(2);
    else if (p.startsWith('/')) p = p.slice(1);
    else break;
  }
  if (p === '.') return '';
  return withoutTrailingSlashes(p);
}

function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
