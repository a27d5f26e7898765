/**
 * The script kind: files that run containers with `docker run` lines. Three containers of shell
 * text share one model: shell scripts (the whole file is the script), Makefiles (each recipe
 * line is a script of its own) and CI YAML files (GitHub Actions steps' `run:`, GitLab CI
 * `script:`/`before_script:`/`after_script:`). Each script is read with the shell parser that
 * reads RUN (src/shell/parse.ts), through a logical text that maps its offsets back to the file,
 * so every word has its exact file range. The containers the scripts start are in
 * src/script/docker-run.ts.
 */
import { basename } from 'node:path';
import { Composer, type Document as YamlDocument, isMap, isPair, isScalar, isSeq, type Node, Parser, type Scalar } from 'yaml';
import type { Container, ContainerSource } from '../engine/container.js';
import { type Comment, type Document, keepsComments, nextLineTarget, type Range, TextFile } from '../engine/document.js';
import { LineIndex } from '../engine/text.js';
import type { Edit } from '../engine/types.js';
import { parseShell } from '../shell/parse.js';
import type { ShellCommand } from '../shell/types.js';
import { type DockerRun, dockerRuns } from './docker-run.js';
import { LogicalText, scriptToFile } from '../engine/logical.js';
import { collectComments } from '../compose/model.js';

/** Which container of shell text a script file is. */
export type ScriptFormat = 'shell' | 'make' | 'github' | 'gitlab';

const SHELL_NAME = /\.(sh|bash)$/i;
const MAKE_NAME = /^(Makefile|makefile|GNUmakefile)$|\.mk$/;
/** `.gitlab-ci.yml`, and files named like it that a pipeline includes (`deploy.gitlab-ci.yml`). */
const GITLAB_NAME = /(^|\.)gitlab-ci\.ya?ml$/i;
/** A workflow file: `.github/workflows/<name>.yml` anywhere in the path. */
const GITHUB_PATH = /(^|[\\/])\.github[\\/]workflows[\\/][^\\/]+\.ya?ml$/i;
/** A shebang naming a POSIX-family shell: `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/bin/bash -eu`. */
const SHELL_SHEBANG = /^#![ \t]*\/\S*\/(env[ \t]+(-\S+[ \t]+)*)?(sh|bash|dash|ash|ksh|zsh)(\s|$)/;

/** The script format a path names, or null when its name says it is none. */
export function scriptFormatFromName(path: string): ScriptFormat | null {
  const name = basename(path);
  if (SHELL_NAME.test(name)) return 'shell';
  if (MAKE_NAME.test(name)) return 'make';
  if (GITLAB_NAME.test(name)) return 'gitlab';
  if (GITHUB_PATH.test(path)) return 'github';
  return null;
}

/** Whether a file's first line is a shell shebang. */
export function hasShellShebang(fileText: string): boolean {
  return SHELL_SHEBANG.test(fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText);
}

/** One script of the file: the whole file, a recipe line, a `run:` block. */
export interface Snippet extends Range {
  /** Its simple commands, nested ones included, with file offsets. */
  readonly commands: readonly ShellCommand[];
  /** The parser's error, or null. */
  readonly error: string | null;
}

interface YamlError extends Range {
  readonly message: string;
}

export class ScriptFile extends TextFile implements Document, ContainerSource {
  readonly kind = 'script' as const;
  readonly format: ScriptFormat;
  readonly comments: readonly Comment[];
  readonly snippets: readonly Snippet[];
  /** YAML syntax errors (CI files only). */
  readonly yamlErrors: readonly YamlError[];
  /** Ranges of YAML keys with their values and of sequence items (CI files), for suppressions. */
  private readonly yamlNodes: readonly Range[];
  private runsCache: DockerRun[] | undefined;
  private commandsCache: ShellCommand[] | undefined;

  constructor(
    path: string,
    fileText: string,
  ) {
    super(path, fileText);
    // A script given by hand under another name: a YAML one is taken for a workflow.
    this.format = scriptFormatFromName(path) ?? (/\.ya?ml$/i.test(path) ? 'github' : 'shell');
    const comments: Comment[] = [];
    let scripts: LogicalText[];
    if (this.format === 'github' || this.format === 'gitlab') {
      const yaml = parseYaml(this.text, comments);
      this.yamlErrors = yaml.errors;
      this.yamlNodes = yaml.nodes;
      scripts = [];
      const blocks = yaml.doc ? (this.format === 'github' ? workflowScripts(yaml.doc) : gitlabScripts(yaml.doc)) : [];
      for (const node of blocks) {
        const logical = scalarScript(this.text, this.lines, node);
        if (!logical) continue;
        scripts.push(logical);
        // A block scalar's own lines may be shell comments (`# shipshape ignore=...`).
        if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') shellComments(logical, comments);
      }
    } else {
      this.yamlErrors = [];
      this.yamlNodes = [];
      scripts = this.format === 'make' ? makeRecipes(this.text, this.lines) : [wholeFile(this.text)];
      lineComments(this.text, this.lines, comments);
    }
    this.comments = comments.sort((a, b) => a.start - b.start);
    this.snippets = scripts.map((logical) => snippet(logical));
  }


  reparse(fileText: string): ScriptFile {
    return new ScriptFile(this.path, fileText);
  }

  /** Every simple command of every script, in file order. */
  get commands(): readonly ShellCommand[] {
    this.commandsCache ??= this.snippets.flatMap((s) => s.commands);
    return this.commandsCache;
  }

  /** The `docker run`/`docker create`/`podman run` commands, with their options read. */
  get runs(): readonly DockerRun[] {
    this.runsCache ??= dockerRuns(this);
    return this.runsCache;
  }

  get containers(): readonly Container[] {
    return this.runs;
  }

  /** Parse errors: YAML errors and one for each script the shell parser gave up on. */
  get errorCount(): number {
    return this.yamlErrors.length + this.snippets.filter((s) => s.error !== null).length;
  }

  /** The next line with its whole command (continuation lines included), or its YAML key's value. */
  suppressionTarget(comment: Comment): Range | null {
    const line = nextLineTarget(this, comment);
    if (!line) return null;
    let end = line.end;
    for (const c of this.commands) if (c.start >= line.start && c.start <= line.end) end = Math.max(end, c.end);
    for (const n of this.yamlNodes) if (n.start >= line.start && n.start <= line.end) end = Math.max(end, n.end);
    return { start: line.start, end };
  }

  protectedRanges(): readonly Range[] {
    return [];
  }

  /** No new parse error, the same scripts and `docker run` lines, every untouched comment kept. */
  keepsStructure(after: Document, edits: readonly Edit[]): boolean {
    if (!(after instanceof ScriptFile) || after.format !== this.format) return false;
    if (after.errorCount > this.errorCount || after.snippets.length !== this.snippets.length) return false;
    // Edits change words inside commands; a different count of commands means one was split
    // (a line break or comment line inside a continued command) or joined.
    if (after.snippets.some((s, i) => s.commands.length !== this.snippets[i]?.commands.length)) return false;
    return after.runs.length === this.runs.length && keepsComments(this, after, edits);
  }
}

function snippet(logical: LogicalText): Snippet {
  const parsed = parseShell(logical.toString());
  const fallback = logical.length ? logical.fileOffset(0) : 0;
  const { start, end } = logical.fileRange(0, logical.length, fallback);
  return { start, end, commands: scriptToFile(parsed, logical, fallback).commands, error: parsed.error };
}

/** A shell script as the shell reads it: the file with the CR of each CRLF dropped. */
function wholeFile(text: string): LogicalText {
  const logical = new LogicalText();
  logical.addVerbatim(text, 0, text.length);
  return logical;
}

/** Full-line `#` comments of a shell script or Makefile (the shebang line counts as one). */
function lineComments(text: string, lines: LineIndex, out: Comment[]): void {
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineContentEnd(line);
    let at = start;
    while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
    if (text[at] === '#') out.push({ start: at, end, content: text.slice(at + 1, end).trim() });
  }
}

/** Full-line `#` comments inside a script pieced together from a YAML block scalar. */
function shellComments(logical: LogicalText, out: Comment[]): void {
  const script = logical.toString();
  let lineStart = 0;
  while (lineStart < script.length) {
    const nl = script.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? script.length : nl;
    let at = lineStart;
    while (at < lineEnd && (script[at] === ' ' || script[at] === '\t')) at++;
    if (script[at] === '#') out.push({ ...logical.fileRange(at, lineEnd, 0), content: script.slice(at + 1, lineEnd).trim() });
    lineStart = lineEnd + 1;
  }
}

// ---- Makefiles ----

const MAKE_DIRECTIVE = /^(ifeq|ifneq|ifdef|ifndef|else|endif)\b/;
const MAKE_DEFINE = /^((override|export)\s+)?define\b/;
/** The first `:` of a rule, or the operator of an assignment, whichever comes first. */
const MAKE_OPERATOR = /^[^:=]*?(:::=|::=|:=|\?=|\+=|!=|=|:)/;

/** Whether a physical line ends with a line continuation (an odd number of backslashes). */
function continues(text: string, lines: LineIndex, line: number): boolean {
  let at = lines.lineContentEnd(line);
  let n = 0;
  while (at > lines.lineStart(line) && text[at - 1] === '\\') {
    at--;
    n++;
  }
  return n % 2 === 1;
}

/** Whether a (non-recipe) Makefile line starts a rule: `target: prerequisites`. */
function isRuleLine(line: string): boolean {
  const code = line.split('#')[0] ?? '';
  // Variable references may hold `:` (`$(SRC:.c=.o)`); they never start an assignment or rule by themselves.
  const m = MAKE_OPERATOR.exec(code.replace(/\$[({][^)}]*[)}]/g, 'x'));
  return m?.[1] === ':';
}

/**
 * Each recipe line of a Makefile (with its `\` continuation lines) as the shell gets it: the
 * leading tab and `@`/`-`/`+` prefixes removed, the tab that starts a continuation line
 * removed, and `$$` read as `$`. Other make references (`$(IMAGE)`, `${TAG}`) reach the shell
 * parser as expansions, so their words are not static.
 */
function makeRecipes(text: string, lines: LineIndex): LogicalText[] {
  const out: LogicalText[] = [];
  let inRule = false;
  let inDefine = false;
  for (let line = 0; line < lines.lineCount; line++) {
    let last = line;
    while (last + 1 < lines.lineCount && continues(text, lines, last)) last++;
    const first = lines.lineText(line);
    if (inDefine) {
      if (/^\s*endef\b/.test(first)) inDefine = false;
    } else if (first.startsWith('\t')) {
      if (inRule) out.push(recipe(text, lines, line, last));
    } else {
      const trimmed = first.trim();
      if (MAKE_DEFINE.test(trimmed)) {
        inDefine = true;
        inRule = false;
      } else if (trimmed !== '' && !trimmed.startsWith('#') && !MAKE_DIRECTIVE.test(trimmed)) {
        inRule = isRuleLine(trimmed);
      }
    }
    line = last;
  }
  return out;
}

function recipe(text: string, lines: LineIndex, first: number, last: number): LogicalText {
  const logical = new LogicalText();
  for (let line = first; line <= last; line++) {
    let at = lines.lineStart(line);
    const end = lines.lineContentEnd(line);
    if (text[at] === '\t') at++;
    if (line === first) while (at < end && ' \t@-+'.includes(text[at] as string)) at++;
    for (let i = at; i + 1 < end; i++) {
      if (text[i] !== '$' || text[i + 1] !== '$') continue;
      logical.add(text, at, i + 1);
      at = i + 2;
      i++;
    }
    logical.add(text, at, end);
    if (line < last) logical.add(text, lines.lineStart(line + 1) - 1, lines.lineStart(line + 1));
  }
  return logical;
}

// ---- CI YAML ----

function parseYaml(text: string, comments: Comment[]): { doc: YamlDocument | null; errors: YamlError[]; nodes: Range[] } {
  const tokens = [...new Parser().parse(text)];
  collectComments(tokens, comments);
  const docs = [...new Composer().compose(tokens)];
  const errors: YamlError[] = [];
  for (const doc of docs) for (const e of doc.errors) errors.push({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), message: e.message.split('\n')[0] ?? e.message });
  const nodes: Range[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isSeq(node) && (item as Node | null)?.range) nodes.push(range(item as Node));
        walk(item);
      }
    } else if (isPair(node)) {
      const key = node.key as Node | null;
      const value = node.value as Node | null;
      if (key?.range) nodes.push({ start: range(key).start, end: value?.range ? range(value).end : range(key).end });
      walk(node.value);
    }
  };
  const doc = docs[0] ?? null;
  walk(doc?.contents);
  return { doc, errors, nodes };
}

function range(node: Node): Range {
  const r = node.range as [number, number, number];
  return { start: r[0], end: r[1] };
}

/** Whether a GitHub Actions `shell:` value runs the step with a POSIX-family shell (the default). */
function posixShell(shell: unknown): boolean {
  return shell === undefined || shell === null || /^(bash|sh)(\s|$)/.test(String(shell));
}

/** The `run:` scalars of a workflow's steps that a POSIX shell runs. */
function workflowScripts(doc: YamlDocument): Scalar[] {
  const out: Scalar[] = [];
  const jobs = doc.get('jobs', true);
  if (!isMap(jobs)) return out;
  const workflowShell = doc.getIn(['defaults', 'run', 'shell']);
  for (const pair of jobs.items) {
    const job = pair.value;
    if (!isMap(job)) continue;
    const jobShell = job.getIn(['defaults', 'run', 'shell']) ?? workflowShell;
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const run = step.get('run', true);
      if (isScalar(run) && typeof run.value === 'string' && posixShell(step.get('shell') ?? jobShell)) out.push(run);
    }
  }
  return out;
}

const GITLAB_SCRIPT_KEYS = ['before_script', 'script', 'after_script'];

/** The script lines of a GitLab CI file: jobs' (and `default:`'s) scripts and the global ones. */
function gitlabScripts(doc: YamlDocument): Scalar[] {
  const out: Scalar[] = [];
  const collect = (node: unknown): void => {
    if (isScalar(node) && typeof node.value === 'string') out.push(node);
    else if (isSeq(node)) for (const item of node.items) collect(item);
  };
  const top = doc.contents;
  if (!isMap(top)) return out;
  for (const pair of top.items) {
    if (!isScalar(pair.key)) continue;
    if (GITLAB_SCRIPT_KEYS.includes(String(pair.key.value))) collect(pair.value);
    else if (isMap(pair.value)) for (const key of GITLAB_SCRIPT_KEYS) collect(pair.value.get(key, true));
  }
  return out;
}

/** The shell text of a YAML string scalar, or null for the forms it does not map (escapes in quotes). */
function scalarScript(text: string, lines: LineIndex, node: Scalar): LogicalText | null {
  const [start, end] = node.range as [number, number, number];
  const logical = new LogicalText();
  switch (node.type) {
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      blockScalar(text, lines, start, end, node.type === 'BLOCK_FOLDED', logical);
      return logical;
    case 'PLAIN':
      plainScalar(text, lines, start, end, logical);
      return logical;
    case 'QUOTE_SINGLE':
    case 'QUOTE_DOUBLE': {
      const inner = text.slice(start + 1, end - 1);
      // Single-line quoted scalars without escapes map character for character.
      if (/[\n\\]/.test(inner) || (node.type === 'QUOTE_SINGLE' && inner.includes("''"))) return null;
      logical.add(text, start + 1, end - 1);
      return logical;
    }
    default:
      return null;
  }
}

/**
 * A block scalar's content without its indentation. A folded scalar (`>`) joins lines that
 * are not more indented with a space, which the logical text holds at the line break.
 */
function blockScalar(text: string, lines: LineIndex, start: number, end: number, folded: boolean, out: LogicalText): void {
  const header = lines.lineOf(start);
  const last = lines.lineOf(Math.max(end - 1, start));
  let indent = -1;
  const blank = (line: number): boolean => lines.lineText(line).trim() === '';
  for (let line = header + 1; line <= last; line++) {
    if (blank(line)) continue;
    const t = lines.lineText(line);
    indent = t.length - t.trimStart().length;
    break;
  }
  if (indent < 0) return;
  for (let line = header + 1; line <= last; line++) {
    const lineStart = lines.lineStart(line);
    const contentEnd = lines.lineContentEnd(line);
    const newline = line + 1 < lines.lineCount ? lines.lineStart(line + 1) - 1 : -1;
    if (!blank(line)) out.add(text, lineStart + indent, contentEnd);
    if (newline === -1) break;
    const atIndent = (l: number): boolean => !blank(l) && !/[ \t]/.test(text[lines.lineStart(l) + indent] as string);
    if (folded && line < last && atIndent(line) && atIndent(line + 1)) out.addMade(' ', newline);
    else out.add(text, newline, newline + 1);
  }
}

/** A plain scalar: lines after the first lose their indentation and are joined with a space. */
function plainScalar(text: string, lines: LineIndex, start: number, end: number, out: LogicalText): void {
  const first = lines.lineOf(start);
  const last = lines.lineOf(end);
  for (let line = first; line <= last; line++) {
    let from = line === first ? start : lines.lineStart(line);
    const to = Math.min(lines.lineContentEnd(line), end);
    while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
    if (line > first) out.addMade(from < to ? ' ' : '\n', lines.lineStart(line) - 1);
    out.add(text, from, to);
  }
}
