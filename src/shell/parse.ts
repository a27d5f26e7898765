/**
 * Purpose-built, synchronous parser for the shell scripts of Dockerfile RUN
 * instructions (bash syntax, the subset seen in real Dockerfiles).
 *
 * It is a recursive-descent parser reading characters directly (no separate
 * token stream), because shell tokenisation depends on context: reserved
 * words only count in command position, `)` ends a case pattern, here-doc
 * bodies start after the next newline, and so on. Every simple command it
 * meets, at any nesting depth, is appended to a flat list in source order,
 * with exact ranges for each word and redirect so fixers can edit single words.
 *
 * On a syntax error parsing stops: `error` is set and everything recognised so
 * far (including the partially read command) is returned.
 *
 * Known gaps are listed in README.md.
 */
import type { Connector, ShellCommand, ShellRedirect, ShellScript, ShellWord } from './types.js';
import { entryOf } from '../engine/text.js';

/** Mutable view of a ShellCommand while it is being filled in. */
interface CommandBuilder {
  assignments: ShellWord[];
  words: ShellWord[];
  redirects: ShellRedirect[];
  connector: Connector;
  depth: number;
  pipeline: number;
  start: number;
  end: number;
}

interface Operator {
  op: string;
  start: number;
  end: number;
}

class ShellSyntaxError extends Error {}

/** Bounds recursion on pathological input such as thousands of nested `$(`. */
const MAX_DEPTH = 200;

/** Words that may end a list; seeing one in command position without its opener is an error. */
const CLOSING_WORDS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', 'esac', '}']);

const NONE: ReadonlySet<string> = new Set();
const CLOSE_PAREN: ReadonlySet<string> = new Set([')']);
const CLOSE_BRACE: ReadonlySet<string> = new Set(['}']);
const THEN: ReadonlySet<string> = new Set(['then']);
const ELSE_OR_FI: ReadonlySet<string> = new Set(['elif', 'else', 'fi']);
const FI: ReadonlySet<string> = new Set(['fi']);
const DO: ReadonlySet<string> = new Set(['do']);
const DONE: ReadonlySet<string> = new Set(['done']);
/** `;;` stands for every case-item terminator (`;;`, `;&`, `;;&`). */
const CASE_ITEM_END: ReadonlySet<string> = new Set([';;', 'esac']);

/** `NAME=`, `NAME+=`, `NAME[i]=` at the start of a word. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/;
/** A word that is exactly `NAME=` or `NAME+=` (an array assignment may follow). */
const ARRAY_ASSIGNMENT_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*\+?=$/;

/** Characters a word reader must look at individually; everything else is copied in runs. */
const WORD_SPECIAL = charTable(' \t\r\n;&|()<>\'"\\$`');
/** Characters inside double quotes that need individual attention. */
const DQ_SPECIAL = charTable('"\\$`');

/** ASCII characters as a table indexed by char code: the word scanners test every character. */
function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Whether the character at `i` is in the table (false past the end: NaN indexes nothing). */
function isIn(table: Uint8Array, text: string, i: number): boolean {
  return table[text.charCodeAt(i)] === 1;
}

/** Single-character escapes of ANSI-C quoting (`$'...'`). */
const ANSI_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r';
}

/** Characters that end an unquoted word (empty string = end of input). */
function isMeta(c: string): boolean {
  switch (c) {
    case '':
    case ' ':
    case '\t':
    case '\r':
    case '\n':
    case ';':
    case '&':
    case '|':
    case '(':
    case ')':
    case '<':
    case '>':
      return true;
    default:
      return false;
  }
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isNameStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isNameChar(c: string): boolean {
  return isNameStart(c) || isDigit(c);
}

/** Characters that can make up a reserved word (`if`, `{`, `!`, `[[`, ...). */
function isKeywordChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || c === '{' || c === '}' || c === '!' || c === '[' || c === ']';
}

function isHexDigit(c: string): boolean {
  return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

class Parser {
  readonly commands: CommandBuilder[] = [];
  readonly operators: Operator[] = [];
  private pos = 0;
  /** End of the region being parsed: the script length, or the closing backtick of a nested `...`. */
  private limit: number;
  private depth = 0;
  private pipelines = 0;
  /** Operator seen since the last command; the next simple command takes it as its connector. */
  private connector: Connector = null;
  /** Here-docs whose bodies start after the next newline; `expand` unless the delimiter was quoted. */
  private readonly heredocs: { delimiter: string; stripTabs: boolean; expand: boolean }[] = [];
  /** Cache of peekKeyword(): position and region it was computed for, and the result. */
  private keywordAt = -1;
  private keywordLimit = -1;
  private keyword: string | null = null;

  constructor(private readonly src: string) {
    this.limit = src.length;
  }

  parseScript(): void {
    this.parseList(NONE);
    if (this.pos < this.limit) this.fail(`unexpected ${this.describeToken()}`);
  }

  // ---------------------------------------------------------------- grammar

  /**
   * A sequence of and-or lists separated by `;`, `&` or newlines, ending at
   * the end of the region, at a word/character in `terms`, or at any token
   * that cannot continue the list (the caller then reports it).
   */
  private parseList(terms: ReadonlySet<string>): void {
    this.skipLinebreaks();
    while (!this.atListEnd(terms)) {
      this.parseAndOr();
      this.skipBlanks();
      const start = this.pos;
      const c = this.at(start);
      const next = this.at(start + 1);
      let op: Connector;
      if (c === ';' && next !== ';' && next !== '&') op = ';';
      else if (c === '&' && next !== '&') op = '&';
      else if (c === '\n') op = '\n';
      else break;
      this.operators.push({ op, start, end: start + 1 });
      if (op === '\n') this.consumeNewline();
      else this.pos++;
      this.connector = op;
      this.skipLinebreaks();
    }
    // A trailing `;`/`&`/newline joins nothing.
    this.connector = null;
  }

  private atListEnd(terms: ReadonlySet<string>): boolean {
    const c = this.at(this.pos);
    if (c === '') return true;
    if (c === ')') return terms.has(')');
    if (c === ';') return terms.has(';;') && this.caseTerminator() !== null;
    const word = this.peekKeyword();
    return word !== null && terms.has(word);
  }

  private parseAndOr(): void {
    this.parsePipeline();
    for (;;) {
      this.skipBlanks();
      const start = this.pos;
      const c = this.at(start);
      if ((c !== '&' && c !== '|') || this.at(start + 1) !== c) return;
      const op = c === '&' ? '&&' : '||';
      this.operators.push({ op, start, end: start + 2 });
      this.pos += 2;
      this.connector = op;
      this.skipLinebreaks();
      this.parsePipeline();
    }
  }

  private parsePipeline(): void {
    const index = this.pipelines++;
    // `time [-p]` and `!` prefix the pipeline; they are not command words
    // (a bare `time` with nothing to time is kept as a command).
    if (this.peekKeyword() === 'time') {
      const keywordStart = this.pos;
      this.pos += 4;
      this.skipBlanks();
      if (this.at(this.pos) === '-' && this.at(this.pos + 1) === 'p' && isMeta(this.at(this.pos + 2))) {
        this.pos += 2;
        this.skipBlanks();
      }
      // At the end of the script at() is '', which includes() matches too.
      if ('\n;&|)'.includes(this.at(this.pos))) this.pos = keywordStart;
    }
    if (this.peekKeyword() === '!') {
      this.pos++;
      this.skipBlanks();
    }
    this.parseCommand(index);
    for (;;) {
      this.skipBlanks();
      const start = this.pos;
      if (this.at(start) !== '|' || this.at(start + 1) === '|') return;
      const op = this.at(start + 1) === '&' ? '|&' : '|';
      this.operators.push({ op, start, end: start + op.length });
      this.pos += op.length;
      this.connector = op;
      this.skipLinebreaks();
      this.parseCommand(index);
    }
  }

  private parseCommand(pipeline: number): void {
    this.skipBlanks();
    const c = this.at(this.pos);
    if (c === '') this.fail('unexpected end of script, expected a command');
    if (c === ';' || c === '|' || c === ')' || (c === '&' && this.at(this.pos + 1) !== '>')) {
      this.fail(`unexpected ${this.describeToken()}`);
    }
    if (c === '(') {
      if (this.at(this.pos + 1) === '(') {
        // Arithmetic command `(( ... ))`: no simple commands inside.
        this.connector = null;
        this.skipBalanced('arithmetic command');
      } else {
        this.pos++;
        this.nested(() => this.parseList(CLOSE_PAREN));
        this.expectChar(')', 'subshell');
      }
      this.parseTrailingRedirects();
      return;
    }
    const keyword = this.peekKeyword();
    switch (keyword) {
      case '{':
        this.pos++;
        this.nested(() => this.parseList(CLOSE_BRACE));
        this.expectKeyword('}');
        break;
      case 'if':
        this.parseIf();
        break;
      case 'for':
      case 'select':
        this.parseFor(keyword);
        break;
      case 'while':
      case 'until':
        this.pos += keyword.length;
        this.nested(() => {
          this.parseList(DO);
          this.expectKeyword('do');
          this.parseList(DONE);
          this.expectKeyword('done');
        });
        break;
      case 'case':
        this.parseCase();
        break;
      case 'function':
        this.pos += keyword.length;
        this.parseFunction();
        return;
      case '[[':
        this.parseSimple(pipeline, true);
        return;
      default:
        if (keyword !== null && (CLOSING_WORDS.has(keyword) || keyword === '!')) {
          this.fail(`unexpected '${keyword}'`);
        }
        if (this.atFunctionDefinition()) this.parseFunction();
        else this.parseSimple(pipeline, false);
        return;
    }
    this.parseTrailingRedirects();
  }

  /**
   * Assignments, words and redirects up to the next operator. In `[[ ... ]]`
   * (`cond`), `&&`, `||`, `(`, `)`, `<`, `>` are operands rather than operators.
   */
  private parseSimple(pipeline: number, cond: boolean): void {
    const cmd: CommandBuilder = {
      assignments: [],
      words: [],
      redirects: [],
      connector: this.connector,
      depth: this.depth,
      pipeline,
      start: this.pos,
      end: this.pos,
    };
    this.connector = null;
    // Pushed before its words are read so that commands nested in them follow it.
    this.commands.push(cmd);
    for (;;) {
      this.skipBlanks();
      const c = this.at(this.pos);
      let word: ShellWord;
      if (cond) {
        const op = this.condOperator();
        if (op !== null) {
          word = { raw: op, value: op, start: this.pos, end: this.pos + op.length };
          this.pos = word.end;
        } else if (isMeta(c)) {
          this.fail(c === '' ? "expected ']]' before end of script" : `expected ']]', found ${this.describeToken()}`);
        } else {
          word = this.readWord(false, cmd.words[cmd.words.length - 1]?.raw === '=~');
        }
      } else {
        const processSubstitution = (c === '<' || c === '>') && this.at(this.pos + 1) === '(';
        if (!processSubstitution) {
          const redirect = this.tryRedirect();
          if (redirect !== null) {
            cmd.redirects.push(redirect);
            cmd.end = redirect.end;
            continue;
          }
          if (isMeta(c)) break;
        }
        word = this.readWord(cmd.words.length === 0, false);
      }
      if (cmd.words.length === 0 && ASSIGNMENT.test(word.raw)) cmd.assignments.push(word);
      else cmd.words.push(word);
      cmd.end = word.end;
      if (cond && word.raw === ']]') break;
    }
  }

  /** An operator token inside `[[ ]]`, kept as a word. */
  private condOperator(): string | null {
    const c = this.at(this.pos);
    const next = this.at(this.pos + 1);
    if ((c === '&' || c === '|') && next === c) return c + c;
    if (c === '(' || c === ')' || c === '<' || c === '>') return c;
    return null;
  }

  private parseIf(): void {
    this.pos += 2;
    this.nested(() => {
      this.parseList(THEN);
      this.expectKeyword('then');
      this.parseList(ELSE_OR_FI);
      for (;;) {
        const keyword = this.peekKeyword();
        if (keyword === 'elif') {
          this.pos += 4;
          this.parseList(THEN);
          this.expectKeyword('then');
          this.parseList(ELSE_OR_FI);
        } else if (keyword === 'else') {
          this.pos += 4;
          this.parseList(FI);
          this.expectKeyword('fi');
          return;
        } else {
          this.expectKeyword('fi');
          return;
        }
      }
    });
  }

  /** `for NAME [in WORDS] ; do LIST done`, `for ((...)); do LIST done`, and `select`. */
  private parseFor(keyword: string): void {
    this.pos += keyword.length;
    this.nested(() => {
      this.skipBlanks();
      if (this.at(this.pos) === '(' && this.at(this.pos + 1) === '(') {
        this.skipBalanced('arithmetic for loop');
      } else {
        if (!isNameStart(this.at(this.pos))) this.fail(`expected a variable name after '${keyword}'`);
        this.readWord(false, false);
        this.skipLinebreaks();
        if (this.peekKeyword() === 'in') {
          this.pos += 2;
          for (;;) {
            this.skipBlanks();
            const c = this.at(this.pos);
            if (c === '' || c === ';' || c === '\n') break;
            if (isMeta(c)) this.fail(`unexpected ${this.describeToken()}`);
            this.readWord(false, false);
          }
        }
      }
      this.skipBlanks();
      if (this.at(this.pos) === ';') {
        this.operators.push({ op: ';', start: this.pos, end: this.pos + 1 });
        this.pos++;
      }
      this.skipLinebreaks();
      this.expectKeyword('do');
      this.parseList(DONE);
      this.expectKeyword('done');
    });
  }

  /** `case WORD in [(]PATTERN[|PATTERN]...) LIST ;; ... esac`. */
  private parseCase(): void {
    this.pos += 4;
    this.nested(() => {
      this.skipBlanks();
      if (isMeta(this.at(this.pos))) this.fail("expected a word after 'case'");
      this.readWord(false, false);
      this.skipLinebreaks();
      this.expectKeyword('in');
      for (;;) {
        this.skipLinebreaks();
        if (this.peekKeyword() === 'esac') {
          this.pos += 4;
          return;
        }
        if (this.at(this.pos) === '(') this.pos++;
        for (;;) {
          this.skipBlanks();
          if (isMeta(this.at(this.pos))) this.fail(`expected a case pattern, found ${this.describeToken()}`);
          this.readWord(false, false);
          this.skipBlanks();
          if (this.at(this.pos) !== '|') break;
          this.pos++;
        }
        this.expectChar(')', 'case pattern');
        this.parseList(CASE_ITEM_END);
        this.skipBlanks();
        const op = this.caseTerminator();
        if (op !== null) {
          this.operators.push({ op, start: this.pos, end: this.pos + op.length });
          this.pos += op.length;
        } else if (this.peekKeyword() !== 'esac') {
          this.expectKeyword('esac');
        }
      }
    });
  }

  private caseTerminator(): string | null {
    if (this.at(this.pos) !== ';') return null;
    const next = this.at(this.pos + 1);
    if (next === '&') return ';&';
    if (next !== ';') return null;
    return this.at(this.pos + 2) === '&' ? ';;&' : ';;';
  }

  /** `NAME ( )` coming up in command position. */
  private atFunctionDefinition(): boolean {
    let i = this.pos;
    while (i < this.limit && !isIn(WORD_SPECIAL, this.src, i)) i++;
    if (i === this.pos) return false;
    while (isBlank(this.at(i))) i++;
    if (this.at(i) !== '(') return false;
    i++;
    while (isBlank(this.at(i))) i++;
    return this.at(i) === ')';
  }

  /** After `function` (already consumed) or at `NAME()`: name, optional `()`, body command. */
  private parseFunction(): void {
    this.connector = null;
    this.skipBlanks();
    if (isMeta(this.at(this.pos))) this.fail('expected a function name');
    this.readWord(false, false);
    this.skipBlanks();
    if (this.at(this.pos) === '(') {
      this.pos++;
      this.skipBlanks();
      this.expectChar(')', 'function definition');
    }
    this.skipLinebreaks();
    this.parseCommand(this.pipelines++);
  }

  /** Redirects after a compound command (`done < file`, `} > log`): parsed, not reported. */
  private parseTrailingRedirects(): void {
    for (;;) {
      this.skipBlanks();
      if (this.tryRedirect() === null) return;
    }
  }

  /**
   * `[n]op word` or `{var}op word` at the current position, or null (position
   * unchanged) when there is no redirect here. Here-doc operators queue their body.
   */
  private tryRedirect(): ShellRedirect | null {
    const start = this.pos;
    let i = start;
    if (this.at(i) === '{') {
      let j = i + 1;
      while (isNameChar(this.at(j))) j++;
      if (j > i + 1 && this.at(j) === '}' && (this.at(j + 1) === '<' || this.at(j + 1) === '>')) i = j + 1;
    } else {
      while (isDigit(this.at(i))) i++;
    }
    const c = this.at(i);
    const c1 = this.at(i + 1);
    const c2 = this.at(i + 2);
    let length = 0;
    if (c === '<') {
      if (c1 === '<') length = c2 === '<' || c2 === '-' ? 3 : 2;
      else length = c1 === '&' || c1 === '>' ? 2 : 1;
    } else if (c === '>') {
      length = c1 === '>' || c1 === '&' || c1 === '|' ? 2 : 1;
    } else if (c === '&' && i === start && c1 === '>') {
      length = c2 === '>' ? 3 : 2;
    }
    if (length === 0) return null;
    const opEnd = i + length;
    const op = this.src.slice(start, opEnd);
    this.pos = opEnd;
    this.skipBlanks();
    const t = this.at(this.pos);
    if (isMeta(t) && !((t === '<' || t === '>') && this.at(this.pos + 1) === '(')) {
      this.fail(`expected a word after '${op}'`);
    }
    const target = this.readWord(false, false);
    const bare = this.src.slice(i, opEnd);
    if (bare === '<<' || bare === '<<-') {
      this.heredocs.push({
        delimiter: target.value ?? target.raw,
        stripTabs: bare === '<<-',
        expand: !/['"\\]/.test(target.raw),
      });
    }
    return { op, target, start, end: target.end };
  }

  // ------------------------------------------------------------------ words

  /**
   * One word at the current position (which must not be a metacharacter,
   * except `<(`/`>(`). `allowArray`: in assignment position, `NAME=(...)`
   * takes the parenthesised list. `regex`: right operand of `=~`, where
   * `( ) | < >` are ordinary characters.
   */
  private readWord(allowArray: boolean, regex: boolean): ShellWord {
    const start = this.pos;
    // While the word is a plain run of ordinary characters its value is its
    // raw text; `value` is only built once something else shows up.
    let plain = true;
    let value = '';
    let dynamic = false;
    while (this.pos < this.limit) {
      const c = this.src.charAt(this.pos);
      if (!isIn(WORD_SPECIAL, this.src, this.pos)) {
        let end = this.pos + 1;
        while (end < this.limit && !isIn(WORD_SPECIAL, this.src, end)) end++;
        if (!plain) value += this.src.slice(this.pos, end);
        this.pos = end;
        continue;
      }
      if (this.endsWord(c, start, allowArray, regex)) break;
      if (plain) {
        value = this.src.slice(start, this.pos);
        plain = false;
      }
      switch (c) {
        case "'":
          value += this.readSingleQuoted();
          break;
        case '"': {
          const part = this.readDoubleQuoted();
          if (part === null) dynamic = true;
          else value += part;
          break;
        }
        case '$': {
          const part = this.readDollar(false);
          if (part === null) dynamic = true;
          else value += part;
          break;
        }
        case '`':
          this.readBackticks();
          dynamic = true;
          break;
        case '\\': {
          const next = this.at(this.pos + 1);
          if (next === '') {
            value += '\\';
            this.pos++;
          } else {
            if (next !== '\n') value += next;
            this.pos += 2;
          }
          break;
        }
        case '<':
        case '>':
          if (this.at(this.pos + 1) === '(') {
            this.pos += 2;
            this.readCommandSubstitution('process substitution');
            dynamic = true;
          } else {
            value += c;
            this.pos++;
          }
          break;
        case '(':
          // Outside a regex, endsWord() only lets `(` through right after `NAME=`.
          if (!regex) {
            this.skipBalanced('array assignment');
            dynamic = true;
            break;
          }
          value += c;
          this.pos++;
          break;
        default:
          // `)` or `|` inside a regex operand
          value += c;
          this.pos++;
      }
    }
    const raw = this.src.slice(start, this.pos);
    return { raw, value: dynamic ? null : plain ? raw : value, start, end: this.pos };
  }

  /** Whether the special character `c` ends the word started at `start` (see readWord). */
  private endsWord(c: string, start: number, allowArray: boolean, regex: boolean): boolean {
    switch (c) {
      case ' ':
      case '\t':
      case '\r':
      case '\n':
      case ';':
      case '&':
        return true;
      case '<':
      case '>':
        return !regex && this.at(this.pos + 1) !== '(';
      case '(':
        return !regex && !(allowArray && ARRAY_ASSIGNMENT_PREFIX.test(this.src.slice(start, this.pos)));
      case ')':
      case '|':
        return !regex;
      default:
        return false;
    }
  }

  /** At `'`: returns the literal content. */
  private readSingleQuoted(): string {
    const open = this.pos;
    const close = this.src.indexOf("'", open + 1);
    if (close < 0 || close >= this.limit) this.fail('unterminated single quote', open);
    this.pos = close + 1;
    return this.src.slice(open + 1, close);
  }

  /** At `"`: returns the value after quote removal, or null if it contains an expansion. */
  private readDoubleQuoted(): string | null {
    const open = this.pos;
    this.pos++;
    let value = '';
    let dynamic = false;
    for (;;) {
      const c = this.at(this.pos);
      if (c === '') this.fail('unterminated double quote', open);
      if (c === '"') {
        this.pos++;
        return dynamic ? null : value;
      }
      if (c === '\\') {
        const next = this.at(this.pos + 1);
        if (next === '$' || next === '`' || next === '"' || next === '\\') {
          value += next;
          this.pos += 2;
        } else if (next === '\n') {
          this.pos += 2;
        } else {
          value += '\\';
          this.pos++;
        }
      } else if (c === '$') {
        const part = this.readDollar(true);
        if (part === null) dynamic = true;
        else value += part;
      } else if (c === '`') {
        this.readBackticks();
        dynamic = true;
      } else {
        let end = this.pos + 1;
        while (end < this.limit && !isIn(DQ_SPECIAL, this.src, end)) end++;
        value += this.src.slice(this.pos, end);
        this.pos = end;
      }
    }
  }

  /**
   * At `$`: an expansion (returns null) or literal text (`$'..'`, `$".."`, or
   * a lone `$`, returned as a string).
   */
  private readDollar(inDoubleQuotes: boolean): string | null {
    const next = this.at(this.pos + 1);
    if (next === '(') {
      if (this.at(this.pos + 2) === '(') {
        this.pos++;
        this.skipBalanced('arithmetic expansion');
      } else {
        this.pos += 2;
        this.readCommandSubstitution('command substitution');
      }
      return null;
    }
    if (next === '{') {
      this.readParameterExpansion();
      return null;
    }
    if (!inDoubleQuotes && next === "'") return this.readAnsiC();
    if (!inDoubleQuotes && next === '"') {
      this.pos++;
      return this.readDoubleQuoted();
    }
    if (isNameStart(next)) {
      this.pos += 2;
      while (isNameChar(this.at(this.pos))) this.pos++;
      return null;
    }
    if (next !== '' && (isDigit(next) || '@*#?$!-'.includes(next))) {
      this.pos += 2;
      return null;
    }
    this.pos++;
    return '$';
  }

  /** After `$(` or `<(`: the nested list up to the matching `)`. */
  private readCommandSubstitution(what: string): void {
    const open = this.pos - 2;
    this.nested(() => this.parseList(CLOSE_PAREN));
    if (this.at(this.pos) !== ')') {
      this.fail(this.pos >= this.limit ? `unterminated ${what}` : `unexpected ${this.describeToken()}`, open);
    }
    this.pos++;
  }

  /** At `${`: skips to the matching `}`, parsing command substitutions inside. */
  private readParameterExpansion(): void {
    const open = this.pos;
    this.pos += 2;
    let braces = 1;
    for (;;) {
      const c = this.at(this.pos);
      switch (c) {
        case '':
          return this.fail('unterminated parameter expansion', open);
        case '\\':
          this.pos += 2;
          break;
        case "'":
          this.readSingleQuoted();
          break;
        case '"':
          this.readDoubleQuoted();
          break;
        case '$':
          this.readDollar(false);
          break;
        case '`':
          this.readBackticks();
          break;
        case '{':
          braces++;
          this.pos++;
          break;
        case '}':
          this.pos++;
          if (--braces === 0) return;
          break;
        default:
          this.pos++;
      }
    }
  }

  /** At `` ` ``: parses the body as a nested script bounded by the closing backtick. */
  private readBackticks(): void {
    const open = this.pos;
    let close = open + 1;
    for (;;) {
      const c = this.at(close);
      if (c === '') this.fail('unterminated backtick', open);
      if (c === '`') break;
      close += c === '\\' ? 2 : 1;
    }
    const outerLimit = this.limit;
    this.limit = close;
    this.pos = open + 1;
    this.nested(() => this.parseList(NONE));
    if (this.pos < close) this.fail(`unexpected ${this.describeToken()}`);
    this.limit = outerLimit;
    this.pos = close + 1;
  }

  /** At `$'`: ANSI-C quoting; returns the decoded value. */
  private readAnsiC(): string {
    const open = this.pos;
    this.pos += 2;
    let value = '';
    for (;;) {
      const c = this.at(this.pos);
      if (c === '') this.fail("unterminated $' string", open);
      if (c === "'") {
        this.pos++;
        return value;
      }
      if (c !== '\\') {
        value += c;
        this.pos++;
        continue;
      }
      const next = this.at(this.pos + 1);
      const simple = entryOf(ANSI_ESCAPES, next);
      if (simple !== undefined) {
        value += simple;
        this.pos += 2;
      } else if (next === 'x' && isHexDigit(this.at(this.pos + 2))) {
        let end = this.pos + 3;
        if (isHexDigit(this.at(end))) end++;
        value += String.fromCharCode(parseInt(this.src.slice(this.pos + 2, end), 16));
        this.pos = end;
      } else if (next >= '0' && next <= '7') {
        let end = this.pos + 2;
        while (end < this.pos + 5 && this.at(end) >= '0' && this.at(end) <= '7') end++;
        value += String.fromCharCode(parseInt(this.src.slice(this.pos + 1, end), 8));
        this.pos = end;
      } else {
        value += '\\';
        this.pos++;
      }
    }
  }

  /**
   * At `(`: skips a balanced parenthesised region (arithmetic, array values),
   * honouring quotes; command substitutions inside are still parsed.
   */
  private skipBalanced(what: string): void {
    const open = this.pos;
    let parens = 0;
    for (;;) {
      const c = this.at(this.pos);
      switch (c) {
        case '':
          return this.fail(`unterminated ${what}`, open);
        case '(':
          parens++;
          this.pos++;
          break;
        case ')':
          this.pos++;
          if (--parens === 0) return;
          break;
        case '\\':
          this.pos += 2;
          break;
        case "'":
          this.readSingleQuoted();
          break;
        case '"':
          this.readDoubleQuoted();
          break;
        case '$':
          this.readDollar(false);
          break;
        case '`':
          this.readBackticks();
          break;
        default:
          this.pos++;
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Character at `i`, or '' past the end of the current region. */
  private at(i: number): string {
    return i < this.limit ? this.src.charAt(i) : '';
  }

  /** Runs `body` one nesting level deeper, as the start of a new command list. */
  private nested(body: () => void): void {
    if (this.depth >= MAX_DEPTH) this.fail('nesting too deep');
    this.depth++;
    this.connector = null;
    body();
    this.depth--;
  }

  /** Spaces, tabs, escaped newlines and a comment up to (not including) the newline. */
  private skipBlanks(): void {
    for (;;) {
      const c = this.at(this.pos);
      if (isBlank(c)) {
        this.pos++;
      } else if (c === '\\' && this.at(this.pos + 1) === '\n') {
        this.pos += 2;
      } else if (c === '#') {
        const newline = this.src.indexOf('\n', this.pos);
        this.pos = newline < 0 || newline > this.limit ? this.limit : newline;
      } else {
        return;
      }
    }
  }

  /** Blanks, comments and newlines (reading any pending here-doc bodies). */
  private skipLinebreaks(): void {
    for (;;) {
      this.skipBlanks();
      if (this.at(this.pos) !== '\n') return;
      this.consumeNewline();
    }
  }

  /**
   * At a newline: steps over it and over the bodies of here-docs opened on
   * that line (a body without its delimiter line runs to the end, as in bash).
   */
  private consumeNewline(): void {
    this.pos++;
    if (this.heredocs.length === 0) return;
    const docs = this.heredocs.splice(0);
    for (const doc of docs) {
      const bodyStart = this.pos;
      let bodyEnd = this.limit;
      while (this.pos < this.limit) {
        let lineEnd = this.src.indexOf('\n', this.pos);
        if (lineEnd < 0 || lineEnd > this.limit) lineEnd = this.limit;
        let lineStart = this.pos;
        if (doc.stripTabs) while (this.at(lineStart) === '\t') lineStart++;
        const line = this.src.slice(lineStart, lineEnd);
        if (line === doc.delimiter) {
          bodyEnd = this.pos;
          this.pos = Math.min(lineEnd + 1, this.limit);
          break;
        }
        this.pos = Math.min(lineEnd + 1, this.limit);
      }
      if (doc.expand) this.scanHeredocBody(bodyStart, bodyEnd);
    }
  }

  /** Parses the command substitutions of an unquoted here-doc body. */
  private scanHeredocBody(start: number, end: number): void {
    const resume = this.pos;
    const outerLimit = this.limit;
    const connector = this.connector;
    this.limit = end;
    this.pos = start;
    while (this.pos < end) {
      const c = this.src.charAt(this.pos);
      if (c === '\\') this.pos += 2;
      else if (c === '$') this.readDollar(true);
      else if (c === '`') this.readBackticks();
      else this.pos++;
    }
    this.limit = outerLimit;
    this.pos = resume;
    this.connector = connector;
  }

  /** The plain lowercase/brace word at the current position, if it stands alone (candidate reserved word). */
  private peekKeyword(): string | null {
    // Asked several times at each command start: remember the last answer.
    if (this.keywordAt === this.pos && this.keywordLimit === this.limit) return this.keyword;
    let end = this.pos;
    while (end < this.limit && isKeywordChar(this.src.charAt(end))) end++;
    this.keywordAt = this.pos;
    this.keywordLimit = this.limit;
    this.keyword = end === this.pos || !isMeta(this.at(end)) ? null : this.src.slice(this.pos, end);
    return this.keyword;
  }

  private expectKeyword(word: string): void {
    if (this.peekKeyword() !== word) {
      this.fail(
        this.pos >= this.limit
          ? `expected '${word}' before end of script`
          : `expected '${word}', found ${this.describeToken()}`,
      );
    }
    this.pos += word.length;
  }

  private expectChar(c: string, what: string): void {
    if (this.at(this.pos) !== c) {
      this.fail(
        this.pos >= this.limit
          ? `expected '${c}' to close ${what} before end of script`
          : `expected '${c}' to close ${what}, found ${this.describeToken()}`,
      );
    }
    this.pos++;
  }

  /** Human-readable name of the token at the current position, for error messages. */
  private describeToken(): string {
    if (this.pos >= this.limit) return 'end of script';
    const keyword = this.peekKeyword();
    if (keyword !== null) return `'${keyword}'`;
    const c = this.at(this.pos);
    if (c === '\n') return 'newline';
    const pair = c + this.at(this.pos + 1);
    if (pair === '&&' || pair === '||' || pair === ';;' || pair === '|&') return `'${pair}'`;
    return `'${c}'`;
  }

  private fail(message: string, offset = this.pos): never {
    throw new ShellSyntaxError(`${message} (offset ${offset})`);
  }
}

/**
 * Parses a logical RUN script (line continuations already removed) into its
 * simple commands, flattened in source order. Never throws on bad syntax:
 * `error` describes the first problem and `commands` holds what was recovered.
 */
export function parseShell(script: string): ShellScript {
  const parser = new Parser(script);
  let error: string | null = null;
  try {
    parser.parseScript();
  } catch (e) {
    if (e instanceof ShellSyntaxError) error = e.message;
    // Backstop for deep recursion not bounded by MAX_DEPTH (e.g. `${` nested thousands deep).
    else if (e instanceof RangeError) error = 'nesting too deep';
    else throw e;
  }
  // A command cut short before its first word or redirect carries no information.
  const commands: readonly ShellCommand[] =
    error === null
      ? parser.commands
      : parser.commands.filter((c) => c.words.length + c.assignments.length + c.redirects.length > 0);
  return { commands, operators: parser.operators, error };
}
