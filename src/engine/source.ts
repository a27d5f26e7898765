/**
 * The source model: one immutable wrapper per text version. It holds the text, the
 * dockerfile-ast tree, offsets, stages, comments, heredocs, the escape character, line
 * ending and BOM, and a shell view of each RUN. Rules ask it; they never re-parse text.
 */
import type * as ast from 'dockerfile-ast';
import { DockerfileParser } from './ast.js';
import { parseShell } from '../shell/parse.js';
import type { ShellCommand, ShellScript } from '../shell/types.js';
import { type ImageRef, parseImageRef } from './image.js';
import { type Comment, type Document, keepsComments, type Range, TextFile, touches } from './document.js';
import type { Edit } from './types.js';
import { LogicalText, scriptToFile } from './logical.js';

export type { Comment, Range } from './document.js';

export const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT',
  'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);

const PARSER_DIRECTIVES: ReadonlySet<string> = new Set(['syntax', 'escape', 'check']);

export interface Word extends Range {
  /** The text as written (Dockerfile-level, continuations removed). */
  readonly value: string;
}

export interface Flag extends Range {
  readonly name: string;
  readonly value: string | null;
  /** Range of the value, when there is one. */
  readonly valueRange: Range | null;
}

/** A `name=value` (or legacy `name value`) property of ENV, ARG or LABEL. */
export interface Property extends Range {
  /** The name as written (quotes kept for LABEL keys like `"a b"`). */
  readonly name: string;
  /** The value as the builder reads it (quotes and escapes removed), or null when none is given (`ARG NAME`). */
  readonly value: string | null;
  readonly nameRange: Range;
  readonly valueRange: Range | null;
}

export interface Heredoc extends Range {
  readonly name: string;
  /** The body, without the delimiter line; empty range when the body is empty. */
  readonly body: Range;
  /** The closing delimiter line, or null when unterminated. */
  readonly delimiter: Range | null;
}


/**
 * A shell view of a shell-form RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD, with every range
 * mapped to file offsets.
 */
export interface RunShell {
  readonly commands: readonly ShellCommand[];
  readonly operators: ShellScript['operators'];
  readonly error: string | null;
  /** True when the RUN is a bare heredoc (`RUN <<EOF ... EOF`) whose body is the script. */
  readonly heredocScript: boolean;
  /**
   * For a heredoc script whose body starts with `#!`: the interpreter line after `#!`
   * (`/usr/bin/env python3`). That interpreter runs the body, not the SHELL. Else null.
   */
  readonly shebang: string | null;
}

/** The value kept under `key`, computed on the first ask (undefined and null are kept too). */
function remember<T>(memos: Map<symbol, unknown>, key: symbol, compute: () => T): T {
  const known = memos.get(key);
  if (known !== undefined || memos.has(key)) return known as T;
  const value = compute();
  memos.set(key, value);
  return value;
}

export class Instruction implements Range {
  /** Upper-cased keyword (`RUN`), whatever the file's casing. */
  readonly keyword: string;
  /** The keyword exactly as written (`run`). */
  readonly keywordText: string;
  readonly start: number;
  readonly end: number;
  readonly keywordRange: Range;
  private argsRangeCache: Range | null | undefined;
  /** The stage this instruction belongs to; null for ARGs before the first FROM. */
  stage: Stage | null = null;
  /** For ONBUILD: its trigger instruction. For a trigger: the ONBUILD that holds it. */
  readonly trigger: Instruction | null;
  parent: Instruction | null = null;
  private flagsCache: Flag[] | undefined;
  private argsCache: Word[] | undefined;
  private heredocsCache: Heredoc[] | undefined;
  private propertiesCache: Property[] | undefined;
  private execFormCache: readonly Word[] | null | undefined;
  private argsContentCache: string | undefined;
  private memos: Map<symbol, unknown> | undefined;

  constructor(
    readonly source: SourceFile,
    readonly node: ast.Instruction,
  ) {
    const lines = source.lines;
    const toOffset = (p: { line: number; character: number }): number => lines.offset(p.line, p.character);
    const r = node.getRange();
    this.start = toOffset(r.start);
    this.end = toOffset(r.end);
    this.keyword = node.getKeyword();
    this.keywordText = node.getInstruction();
    const kr = node.getInstructionRange();
    this.keywordRange = { start: toOffset(kr.start), end: toOffset(kr.end) };
    let trigger: Instruction | null = null;
    if (this.keyword === 'ONBUILD') {
      const t = (node as ast.Onbuild).getTriggerInstruction();
      if (t) {
        trigger = new Instruction(source, t);
        trigger.parent = this;
      }
    }
    this.trigger = trigger;
  }

  /** The arguments' range (after flags for instructions with flags), or null when there are none. */
  get argsRange(): Range | null {
    if (this.argsRangeCache === undefined) {
      const ar = this.node.getArgumentsRange();
      this.argsRangeCache = ar ? { start: this.source.offsetOf(ar.start), end: this.source.offsetOf(ar.end) } : null;
    }
    return this.argsRangeCache;
  }

  /**
   * A fact about this instruction that rules derive once and share (`key` is the deriving
   * module's own symbol). Kept on the instruction, so it goes when the model goes.
   */
  memo<T>(key: symbol, compute: () => T): T {
    return remember((this.memos ??= new Map()), key, compute);
  }

  /** Raw text of the whole instruction. */
  get text(): string {
    return this.source.text.slice(this.start, this.end);
  }

  /** The arguments with line continuations removed (comments inside continuations removed too). */
  get argsContent(): string {
    if (this.argsContentCache === undefined) this.argsContentCache = this.node.getArgumentsContent() ?? '';
    return this.argsContentCache;
  }

  /** Flags such as `--from=build`, `--chmod=755`, `--mount=...`. */
  get flags(): readonly Flag[] {
    if (this.flagsCache) return this.flagsCache;
    const node = this.node as Partial<ast.ModifiableInstruction>;
    const out: Flag[] = [];
    if (typeof node.getFlags === 'function') {
      for (const f of node.getFlags.call(this.node)) {
        const vr = f.getValueRange();
        out.push({
          name: f.getName(),
          value: f.getValue(),
          start: this.source.offsetOf(f.getRange().start),
          end: this.source.offsetOf(f.getRange().end),
          valueRange: vr ? { start: this.source.offsetOf(vr.start), end: this.source.offsetOf(vr.end) } : null,
        });
      }
    }
    this.flagsCache = out;
    return out;
  }

  flag(name: string): Flag | undefined {
    const lower = name.toLowerCase();
    return this.flags.find((f) => f.name.toLowerCase() === lower);
  }

  /** Whitespace-separated argument words (flags excluded), with ranges. For RUN prefer `shell`. */
  get args(): readonly Word[] {
    if (this.argsCache) return this.argsCache;
    this.argsCache = this.node.getArguments().map((a) => ({
      value: a.getValue(),
      start: this.source.offsetOf(a.getRange().start),
      end: this.source.offsetOf(a.getRange().end),
    }));
    return this.argsCache;
  }

  /**
   * The properties of an ENV, ARG or LABEL (of an ONBUILD trigger too); empty for other
   * instructions. Read once: many rules and variable lookups ask.
   */
  get properties(): readonly Property[] {
    if (this.propertiesCache) return this.propertiesCache;
    // dockerfile-ast's getValue() is the builder's reading (its getUnescapedValue() keeps quotes and escapes).
    const node = this.node as Partial<ast.PropertyInstruction>;
    if (typeof node.getProperties !== 'function') return (this.propertiesCache = []);
    const source = this.source;
    const out: Property[] = [];
    for (const p of node.getProperties.call(this.node)) {
      const range = p.getRange();
      const nameRange = p.getNameRange();
      const valueRange = p.getValueRange();
      out.push({
        start: source.offsetOf(range.start),
        end: source.offsetOf(range.end),
        name: p.getName(),
        value: p.getValue(),
        nameRange: { start: source.offsetOf(nameRange.start), end: source.offsetOf(nameRange.end) },
        valueRange: valueRange ? { start: source.offsetOf(valueRange.start), end: source.offsetOf(valueRange.end) } : null,
      });
    }
    return (this.propertiesCache = out);
  }

  /** For exec (JSON array) form: the strings with their ranges (quotes included in the range); else null. */
  get execForm(): readonly Word[] | null {
    if (this.execFormCache === undefined) this.execFormCache = this.readExecForm();
    return this.execFormCache;
  }

  private readExecForm(): readonly Word[] | null {
    const node = this.node as Partial<ast.JSONInstruction>;
    if (typeof node.getJSONStrings !== 'function' || typeof node.getOpeningBracket !== 'function') return null;
    if (!node.getOpeningBracket.call(this.node)) return null;
    const strings = node.getJSONStrings.call(this.node);
    if (!node.getClosingBracket?.call(this.node)) return null;
    return strings.map((s) => ({
      value: jsonStringValue(this.source.text.slice(this.source.offsetOf(s.getRange().start), this.source.offsetOf(s.getRange().end))) ?? s.getJSONValue(),
      start: this.source.offsetOf(s.getRange().start),
      end: this.source.offsetOf(s.getRange().end),
    }));
  }

  get heredocs(): readonly Heredoc[] {
    if (this.heredocsCache) return this.heredocsCache;
    const node = this.node as unknown as { getHeredocs?: () => ast.Heredoc[] };
    // Asking dockerfile-ast re-scans the instruction; most have no `<<` at all.
    if (typeof node.getHeredocs !== 'function' || !this.source.hasHeredocMarker(this.start, this.end)) return (this.heredocsCache = []);
    let found: ast.Heredoc[];
    try {
      found = node.getHeredocs.call(this.node);
    } catch {
      // dockerfile-ast 0.7 throws on some malformed continuations before a bare `<<`
      // (`RUN \` / `\ x` / `<<`). Such text holds no heredoc the builder would read.
      found = [];
    }
    return (this.heredocsCache = found.map((h) => {
      const content = h.getContentRange();
      const delimiter = h.getDelimiterRange();
      const start = this.source.offsetOf(h.getStartRange().start);
      const bodyStart = content ? this.source.offsetOf(content.start) : delimiter ? this.source.offsetOf(delimiter.start) : this.end;
      return {
        name: h.getName(),
        start,
        end: this.source.offsetOf(h.getStartRange().end),
        body: { start: bodyStart, end: content ? this.source.offsetOf(content.end) : bodyStart },
        delimiter: delimiter ? { start: this.source.offsetOf(delimiter.start), end: this.source.offsetOf(delimiter.end) } : null,
      };
    }));
  }

  /**
   * The arguments as the builder reads them: line continuations joined, and the comment
   * and empty lines inside a continuation dropped (`argsContent` keeps those comment lines).
   * Meant for instructions without heredocs; for RUN use `shell`.
   */
  get logicalArgs(): string {
    return this.argsRange ? logicalText(this.source, this.argsRange.start, this.argsRange.end).toString() : '';
  }

  /**
   * The shell view of a shell-form RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD (null for exec
   * form and other instructions). Heredocs are part of the script for RUN only.
   */
  get shell(): RunShell | null {
    return this.source.shellOf(this);
  }

  /** 0-based line of the keyword. */
  get line(): number {
    return this.source.lines.lineOf(this.start);
  }
}

export class Stage {
  /** Instructions after FROM, in order (ONBUILD instructions included, their triggers not). */
  readonly instructions: Instruction[] = [];
  /** The stage this one is built FROM, when FROM names an earlier stage. */
  baseStage: Stage | null = null;
  /** The external base image (after ARG substitution), or null for `scratch`-less unknowns and stage bases. */
  image: ImageRef | null = null;
  /** True when the FROM image could not be resolved (an ARG without a default). */
  imageUnresolved = false;
  isFinal = false;

  constructor(
    readonly index: number,
    readonly from: Instruction,
    /** Stage name as written after AS, or null. */
    readonly name: string | null,
  ) {}

  /** The external image at the root of this stage's FROM chain. */
  get rootImage(): ImageRef | null {
    let s: Stage | null = this;
    const seen = new Set<Stage>();
    while (s && s.baseStage && !seen.has(s)) {
      seen.add(s);
      s = s.baseStage;
    }
    return s ? s.image : null;
  }

  /** This stage and the stages it builds on, nearest first. */
  get chain(): Stage[] {
    const out: Stage[] = [];
    for (let s: Stage | null = this; s && !out.includes(s); s = s.baseStage) out.push(s);
    return out;
  }

  get end(): number {
    const last = this.instructions[this.instructions.length - 1];
    return last ? last.end : this.from.end;
  }
}

/** A text version of a Dockerfile, parsed once. */
export class SourceFile extends TextFile implements Document {
  readonly kind = 'dockerfile' as const;
  readonly escape: string;
  readonly ast: ast.Dockerfile;
  /** Top-level instructions in order. ONBUILD triggers are reachable through `.trigger`. */
  readonly instructions: readonly Instruction[];
  readonly stages: readonly Stage[];
  /** ARG instructions before the first FROM. */
  readonly globalArgs: readonly Instruction[];
  readonly comments: readonly Comment[];
  private readonly shellCache = new Map<Instruction, RunShell | null>();
  private readonly variablesCache = new Map<Instruction, ReadonlyMap<string, string | null>>();
  private heredocMarkers: number[] | undefined;
  private allInstructionsCache: Instruction[] | undefined;
  private memos: Map<symbol, unknown> | undefined;

  constructor(
    path: string,
    fileText: string,
  ) {
    super(path, fileText);
    this.ast = DockerfileParser.parse(this.text);
    this.escape = this.ast.getEscapeCharacter();
    this.instructions = this.ast.getInstructions().map((n) => new Instruction(this, n));
    const comments: Comment[] = this.ast.getComments().map((c) => {
      const r = c.getRange();
      return { start: this.offsetOf(r.start), end: this.offsetOf(r.end), content: c.getContent() };
    });
    // dockerfile-ast reads any `# word ... = ...` line at the top as a parser directive; only
    // `syntax`, `escape` and `check` are directives, the rest are comments (as BuildKit reads them).
    for (const d of this.ast.getDirectives()) {
      if (PARSER_DIRECTIVES.has(d.getName().toLowerCase())) continue;
      const r = d.getRange();
      const start = this.lines.lineStart(r.start.line);
      const end = this.lines.lineContentEnd(r.start.line);
      const line = this.text.slice(start, end);
      comments.push({ start: start + line.indexOf('#'), end, content: line.slice(line.indexOf('#') + 1).trim() });
    }
    this.comments = comments.sort((a, b) => a.start - b.start);
    const firstFrom = this.instructions.findIndex((i) => i.keyword === 'FROM');
    this.globalArgs = (firstFrom === -1 ? this.instructions : this.instructions.slice(0, firstFrom)).filter((i) => i.keyword === 'ARG');
    this.stages = buildStages(this.instructions);
  }

  /** A fact about the whole file that rules derive once and share (see Instruction.memo). */
  memo<T>(key: symbol, compute: () => T): T {
    return remember((this.memos ??= new Map()), key, compute);
  }


  reparse(fileText: string): SourceFile {
    return new SourceFile(this.path, fileText);
  }

  /** An ignore comment covers the instruction it sits in (inside a continuation) or the next one. */
  suppressionTarget(comment: Comment): Range | null {
    const enclosing = this.instructions.find((i) => i.start <= comment.start && i.end >= comment.end);
    const target = enclosing ?? this.instructions.find((i) => i.start >= comment.end);
    return target ? { start: target.start, end: target.end } : null;
  }

  /** Heredoc bodies overlapping a range. */
  protectedRanges(start: number, end: number): Range[] {
    const out: Range[] = [];
    for (const inst of this.allInstructions()) {
      if (inst.end < start || inst.start > end) continue;
      for (const h of inst.heredocs) if (h.body.start < end && h.body.end > start) out.push(h.body);
    }
    return out;
  }

  /**
   * The fixed text keeps every instruction and comment that no edit touches, in order and
   * byte for byte; keeps the number of stages; and has only known instructions.
   */
  keepsStructure(after: Document, edits: readonly Edit[]): boolean {
    if (!(after instanceof SourceFile)) return false;
    if (after.stages.length !== this.stages.length) return false;
    for (const inst of after.allInstructions()) if (!KNOWN_INSTRUCTIONS.has(inst.keyword)) return false;
    const afterInstructions = after.instructions.map((i) => i.text);
    let at = 0;
    for (const inst of this.instructions) {
      if (touches(edits, inst.start, inst.end)) continue;
      const text = inst.text;
      while (at < afterInstructions.length && afterInstructions[at] !== text) at++;
      if (at === afterInstructions.length) return false;
      at++;
    }
    return keepsComments(this, after, edits);
  }

  offsetOf(position: { line: number; character: number }): number {
    return this.lines.offset(position.line, position.character);
  }

  /** The stage that becomes the image (the last one; `docker build` without --target). */
  get finalStage(): Stage | null {
    return this.stages[this.stages.length - 1] ?? null;
  }

  /** Every instruction including ONBUILD triggers, in source order. */
  allInstructions(): readonly Instruction[] {
    if (!this.allInstructionsCache) {
      const out: Instruction[] = [];
      for (const inst of this.instructions) {
        out.push(inst);
        if (inst.trigger) out.push(inst.trigger);
      }
      this.allInstructionsCache = out;
    }
    return this.allInstructionsCache;
  }


  /** Whether `<<` occurs in `[start, end)` (a heredoc is possible there). */
  hasHeredocMarker(start: number, end: number): boolean {
    if (!this.heredocMarkers) {
      const markers: number[] = [];
      for (let at = this.text.indexOf('<<'); at !== -1; at = this.text.indexOf('<<', at + 2)) markers.push(at);
      this.heredocMarkers = markers;
    }
    const markers = this.heredocMarkers;
    let lo = 0;
    let hi = markers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((markers[mid] as number) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < markers.length && (markers[lo] as number) < end;
  }

  /** Whether a range overlaps a comment line. */
  commentsWithin(start: number, end: number): Comment[] {
    return this.comments.filter((c) => c.start < end && c.end > start);
  }

  /** Expands `$VAR`, `${VAR}`, `${VAR:-default}` with the ARG/ENV values visible at an instruction. */
  resolve(text: string, at: Instruction): { value: string; complete: boolean } {
    const vars = this.variablesAt(at);
    let complete = true;
    const value = expandVariables(text, (name, fallback, op) => {
      const v = vars.get(name);
      if (op === ':+' || op === '+') return v ? (fallback ?? '') : '';
      if (v !== undefined && v !== null && (v !== '' || op !== ':-')) return v;
      if (fallback !== null) return fallback;
      complete = false;
      return '';
    });
    return { value, complete };
  }

  /**
   * Variables (ARG defaults and ENV values) visible at an instruction, following the stage
   * chain. Computed once per instruction: rules resolve many words at the same place.
   */
  variablesAt(at: Instruction): ReadonlyMap<string, string | null> {
    const owner = at.parent ?? at;
    let vars = this.variablesCache.get(owner);
    if (!vars) {
      vars = this.computeVariablesAt(owner);
      this.variablesCache.set(owner, vars);
    }
    return vars;
  }

  private computeVariablesAt(owner: Instruction): Map<string, string | null> {
    const globals = new Map<string, string | null>();
    for (const arg of this.globalArgs) for (const p of arg.properties) globals.set(p.name, p.value);
    const stage = owner.stage;
    if (!stage || owner.keyword === 'FROM') return globals;
    const vars = new Map<string, string | null>();
    const chain = stage.chain.reverse();
    for (const s of chain) {
      for (const inst of s.instructions) {
        if (s === stage && inst.start >= owner.start) break;
        if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV') continue;
        for (const { name, value } of inst.properties) {
          // `ARG X` without a default takes the global default when one exists.
          if (inst.keyword === 'ARG' && value === null && globals.has(name)) vars.set(name, globals.get(name) ?? null);
          else vars.set(name, value);
        }
      }
    }
    return vars;
  }

  /** Shell view of a shell-form RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD. Cached per instruction. */
  shellOf(inst: Instruction): RunShell | null {
    if (this.shellCache.has(inst)) return this.shellCache.get(inst) ?? null;
    const start = shellScriptStart(inst);
    const view = start === null ? null : buildRunShell(this, inst, start);
    this.shellCache.set(inst, view);
    return view;
  }
}

function buildStages(instructions: readonly Instruction[]): Stage[] {
  const stages: Stage[] = [];
  const byName = new Map<string, Stage>();
  let current: Stage | null = null;
  for (const inst of instructions) {
    if (inst.keyword === 'FROM') {
      const from = inst.node as ast.From;
      const name = from.getBuildStage();
      current = new Stage(stages.length, inst, name);
      inst.stage = current;
      const imageText = from.getImage();
      if (imageText) {
        const base = byName.get(imageText.toLowerCase());
        if (base) current.baseStage = base;
        else {
          const resolved = inst.source.resolve(imageText, inst);
          if (resolved.complete && resolved.value) {
            const viaStage = byName.get(resolved.value.toLowerCase());
            if (viaStage) current.baseStage = viaStage;
            else current.image = parseImageRef(resolved.value);
          } else current.imageUnresolved = true;
        }
      }
      stages.push(current);
      if (name) byName.set(name.toLowerCase(), current);
      continue;
    }
    if (current) {
      inst.stage = current;
      if (inst.trigger) inst.trigger.stage = current;
      current.instructions.push(inst);
    }
  }
  const last = stages[stages.length - 1];
  if (last) last.isFinal = true;
  return stages;
}

type Lookup = (name: string, fallback: string | null, op: string | null) => string;

/** Linear scanner for `$NAME`, `${NAME}`, `${NAME:-x}`, `${NAME-x}`, `${NAME:+x}`, `${NAME+x}`. */
export function expandVariables(text: string, lookup: Lookup): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close === -1) {
        out += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?[-+])?([\s\S]*)$/.exec(inner);
      if (m) out += lookup(m[1] as string, m[2] ? (m[3] ?? '') : null, m[2] ?? null);
      else out += text.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    let j = i + 1;
    while (j < text.length && /[A-Za-z0-9_]/.test(text[j] as string)) j++;
    if (j === i + 1 || /[0-9]/.test(text[i + 1] as string)) {
      out += c;
      i++;
      continue;
    }
    out += lookup(text.slice(i + 1, j), null, null);
    i = j;
  }
  return out;
}

/** Where the shell script of an instruction starts, or null when it has none (exec form, other keywords). */
function shellScriptStart(inst: Instruction): number | null {
  const args = inst.argsRange;
  if (!args) return null;
  switch (inst.keyword) {
    case 'RUN':
    case 'CMD':
    case 'ENTRYPOINT':
      return inst.execForm ? null : args.start;
    case 'HEALTHCHECK': {
      // `HEALTHCHECK [flags] CMD command`: the script follows the CMD word (flags are not args).
      const [sub, first] = inst.args;
      return sub && first && sub.value.toUpperCase() === 'CMD' ? first.start : null;
    }
    default:
      return null;
  }
}

/**
 * The Dockerfile-level text of `[start, end)` as BuildKit hands it to the shell: line
 * continuations (escape, optional blanks, newline) removed, and the comment and empty lines
 * that follow a continuation dropped.
 */
function logicalText(source: SourceFile, start: number, end: number, out = new LogicalText()): LogicalText {
  const text = source.text;
  const esc = source.escape;
  let i = start;
  let from = start;
  let continued = false;
  while (i < end) {
    if (continued) {
      // At the start of a continued line: skip comment lines and empty lines.
      let j = i;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '#' || text[j] === '\n' || (text[j] === '\r' && text[j + 1] === '\n')) {
        const nl = text.indexOf('\n', j);
        i = nl === -1 || nl >= end ? end : nl + 1;
        from = i;
        continue;
      }
      continued = false;
    }
    const ch = text[i];
    if (ch === esc) {
      let j = i + 1;
      while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
      if (text[j] === '\r' && text[j + 1] === '\n') j++;
      if (text[j] === '\n' || j >= end) {
        out.add(text, from, i);
        i = j + 1;
        from = i;
        continued = true;
        continue;
      }
    } else if (ch === '\r' && text[i + 1] === '\n') {
      out.add(text, from, i);
      from = i + 1;
    }
    i++;
  }
  out.add(text, from, Math.min(i, end));
  return out;
}

/** The value of a JSON string literal (`"a b"`, quotes included), or null when it is not one. */
function jsonStringValue(raw: string): string | null {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Whether a text is a JSON array of strings (BuildKit then reads it as exec form). */
function isJsonStringArray(text: string): boolean {
  if (!text.startsWith('[')) return false;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string');
  } catch {
    return false;
  }
}

/**
 * Builds the logical script from `scriptStart` (the arguments of RUN/CMD/ENTRYPOINT, the command
 * after HEALTHCHECK's CMD): the Dockerfile-level part with line continuations and
 * in-continuation comment lines removed, then, for RUN, any heredoc bodies verbatim. A bare
 * `RUN <<EOF` uses the heredoc body itself as the script. Every logical character keeps its
 * file offset so shell ranges map back exactly. Null for a HEALTHCHECK CMD in JSON form.
 */
function buildRunShell(source: SourceFile, inst: Instruction, scriptStart: number): RunShell | null {
  const args = inst.argsRange;
  if (!args) return { commands: [], operators: [], error: null, heredocScript: false, shebang: null };
  const text = source.text;
  // BuildKit reads heredocs in RUN, COPY and ADD only; in CMD or ENTRYPOINT `<<` is shell text.
  const heredocs = inst.keyword === 'RUN' ? inst.heredocs : [];
  const firstBody = heredocs.length ? Math.min(...heredocs.map((h) => h.body.start)) : args.end;
  const headEnd = Math.min(firstBody, args.end);
  let logical = logicalText(source, scriptStart, headEnd);
  let script = logical.toString();
  if (inst.keyword === 'HEALTHCHECK' && isJsonStringArray(script.trim())) return null;
  let heredocScript = false;
  let shebang: string | null = null;
  if (heredocs.length && firstBody < args.end) {
    const only = heredocs.length === 1 && /^<<-?\s*(["']?)[A-Za-z_][\w.-]*\1$/.test(script.trim());
    if (only) {
      // `RUN <<EOF`: the body is the script.
      const h = heredocs[0] as Heredoc;
      logical = new LogicalText();
      logical.addVerbatim(text, h.body.start, h.body.end);
      heredocScript = true;
      script = logical.toString();
      if (script.startsWith('#!')) {
        const nl = script.indexOf('\n');
        shebang = script.slice(2, nl === -1 ? script.length : nl).trim();
      }
    } else {
      logical.addVerbatim(text, headEnd, args.end);
      script = logical.toString();
    }
  }
  const parsed = parseShell(script);
  const { commands, operators } = scriptToFile(parsed, logical, scriptStart);
  return { commands, operators, error: parsed.error, heredocScript, shebang };
}
