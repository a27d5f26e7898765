// Adapters turning each candidate parser's output into one common shape, so
// the harness can score them against the same corpus:
//
//   { commands: [{ connector, start, words: [{ text, start, end }] }], error }
//
// - every simple command, nested ones included (`$(..)`, backticks, bodies of
//   if/for/while/case/functions/subshells/groups), in source order;
// - `words` = leading assignments then the command words, redirects excluded;
// - `text` = the value after quote removal for a fully static word, else the
//   raw source text of the word (it contains an expansion);
// - `connector` = the operator joining the command to the previous item of the
//   same list (`&&`, `||`, `;`, `|`, `|&`, `&`, "\n"), null for the first;
// - `start`/`end` = the library's own offsets, unconverted (the harness probes
//   whether they are UTF-16 indices, UTF-8 byte offsets, or missing).
//
// Each adapter loads its library lazily in init(), so a cold-start child
// process pays only for the one it measures. parseOnly() runs the library's
// parse alone, to tell its speed apart from the cost of walking its AST.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Removes backslash escapes of an unquoted word part. */
function unescapeUnquoted(s) {
  return s.replace(/\\(\n|[\s\S])/g, (_, c) => (c === '\n' ? '' : c));
}

/** Removes the backslash escapes that are special inside double quotes. */
function unescapeDouble(s) {
  return s.replace(/\\([$`"\\\n])/g, (_, c) => (c === '\n' ? '' : c));
}

const ANSI = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** Decodes the common escapes of `$'...'` content (single characters and `\\xHH`). */
function decodeAnsiC(s) {
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[\s\S])/g, (m, c) =>
    c.length > 1 ? String.fromCharCode(parseInt(c.slice(1), 16)) : (ANSI[c] ?? m),
  );
}

/** Maps UTF-8 byte offsets to UTF-16 indices of `s` (for slicing raw text). */
function byteToIndexMap(s) {
  const map = new Int32Array(Buffer.byteLength(s) + 1);
  let byte = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i);
    const len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < len; k++) map[byte + k] = i;
    byte += len;
    if (cp > 0xffff) i++;
  }
  map[byte] = s.length;
  return map;
}

// --------------------------------------------------------------- shipshape

const own = {
  name: 'shipshape (purpose-built)',
  async init() {
    const url = new URL('../../../dist/src/shell/parse.js', import.meta.url);
    this.parseShell = (await import(url.href)).parseShell;
  },
  parseOnly(script) {
    this.parseShell(script);
  },
  parse(script) {
    const result = this.parseShell(script);
    return {
      error: result.error,
      commands: result.commands.map((c) => ({
        connector: c.connector,
        start: c.start,
        words: [...c.assignments, ...c.words].map((w) => ({ text: w.value ?? w.raw, start: w.start, end: w.end })),
      })),
    };
  },
};

// ---------------------------------------------------------- tree-sitter-bash

const TS_STATEMENTS = new Set([
  'command', 'declaration_command', 'unset_command', 'test_command', 'variable_assignment',
  'variable_assignments', 'list', 'pipeline', 'redirected_statement', 'negated_command', 'subshell',
  'compound_statement', 'if_statement', 'for_statement', 'c_style_for_statement', 'while_statement',
  'case_statement', 'function_definition',
]);
const TS_SIMPLE = new Set(['command', 'declaration_command', 'unset_command', 'test_command', 'variable_assignment', 'variable_assignments']);
/** Nodes whose children are statement lists. */
const TS_BODIES = new Set(['do_group', 'elif_clause', 'else_clause', 'case_item', 'command_substitution', 'process_substitution']);
const TS_DYNAMIC = new Set(['simple_expansion', 'expansion', 'command_substitution', 'process_substitution', 'arithmetic_expansion']);
const TS_WORDLIKE = new Set([
  'word', 'string', 'raw_string', 'ansi_c_string', 'translated_string', 'concatenation', 'number', 'simple_expansion',
  'expansion', 'command_substitution', 'process_substitution', 'arithmetic_expansion', 'regex', 'test_operator',
  'extglob_pattern', 'brace_expression', 'variable_name',
]);

/** Static value of a tree-sitter word node, or null if it contains an expansion. */
function tsValue(node) {
  switch (node.type) {
    case 'word':
    case 'regex':
      return unescapeUnquoted(node.text);
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return decodeAnsiC(node.text.slice(2, -1));
    case 'string':
    case 'translated_string': {
      if (node.namedChildren.some((c) => TS_DYNAMIC.has(c.type))) return null;
      const open = node.type === 'string' ? 1 : 2;
      return unescapeDouble(node.text.slice(open, -1));
    }
    case 'concatenation': {
      let out = '';
      for (const c of node.children) {
        const v = tsValue(c);
        if (v === null) return null;
        out += v;
      }
      return out;
    }
    default:
      return TS_DYNAMIC.has(node.type) ? null : node.text;
  }
}

function tsWord(node) {
  return { text: tsValue(node) ?? node.text, start: node.startIndex, end: node.endIndex };
}

function tsAssignment(node) {
  const value = node.childForFieldName('value');
  if (value === null) return { text: node.text, start: node.startIndex, end: node.endIndex };
  const v = tsValue(value);
  const prefix = node.text.slice(0, value.startIndex - node.startIndex);
  return { text: v === null ? node.text : prefix + v, start: node.startIndex, end: node.endIndex };
}

/** Operands and operators of a test command, flattened to words. */
function tsTestWords(node, out) {
  for (const c of node.children) {
    if (TS_WORDLIKE.has(c.type)) out.push(tsWord(c));
    else if (!c.isNamed) out.push({ text: c.text, start: c.startIndex, end: c.endIndex });
    else tsTestWords(c, out);
  }
}

class TreeSitterWalker {
  constructor() {
    this.commands = [];
  }

  /** Children of a statement list: each statement gets the separator before it. */
  body(node) {
    let previous = false;
    let separator = null;
    for (const c of node.children) {
      if (TS_STATEMENTS.has(c.type)) {
        this.statement(c, previous ? (separator ?? '\n') : null);
        previous = true;
        separator = null;
      } else if (c.type === ';' || c.type === '&') {
        separator = c.type;
      } else if (c.type !== 'comment') {
        previous = false;
        separator = null;
        if (TS_BODIES.has(c.type)) this.body(c);
        else this.substitutions(c);
      }
    }
  }

  /** Command substitutions anywhere below a non-statement node. */
  substitutions(node) {
    if (node.type === 'command_substitution' || node.type === 'process_substitution') this.body(node);
    else for (const c of node.children) this.substitutions(c);
  }

  statement(node, connector) {
    switch (node.type) {
      case 'list': {
        const [left, op, right] = node.children.filter((c) => c.type !== 'comment');
        this.statement(left, connector);
        this.statement(right, op.type);
        return;
      }
      case 'pipeline': {
        let next = connector;
        for (const c of node.children) {
          if (c.type === '|' || c.type === '|&') next = c.type;
          else if (TS_STATEMENTS.has(c.type)) this.statement(c, next);
        }
        return;
      }
      case 'redirected_statement':
      case 'negated_command':
        for (const c of node.children) {
          if (TS_STATEMENTS.has(c.type)) this.statement(c, connector);
          else this.substitutions(c);
        }
        return;
      default:
        if (TS_SIMPLE.has(node.type)) this.simple(node, connector);
        else this.body(node);
    }
  }

  simple(node, connector) {
    const words = [];
    if (node.type === 'test_command') tsTestWords(node, words);
    else if (node.type === 'variable_assignment') words.push(tsAssignment(node));
    else {
      for (const c of node.children) {
        if (c.type === 'variable_assignment') words.push(tsAssignment(c));
        else if (c.type === 'command_name') words.push(tsWord(c.firstChild));
        else if (TS_WORDLIKE.has(c.type)) words.push(tsWord(c));
        else if (!c.isNamed && /^[a-z]+$/.test(c.type)) words.push({ text: c.text, start: c.startIndex, end: c.endIndex });
      }
    }
    this.commands.push({ connector, start: node.startIndex, words });
    this.substitutions(node);
  }
}

const treeSitter = {
  name: 'tree-sitter-bash (web-tree-sitter)',
  async init() {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const wasm = fileURLToPath(new URL('tree-sitter-bash.wasm', import.meta.resolve('tree-sitter-bash/package.json')));
    const language = await Language.load(wasm);
    this.parser = new Parser();
    this.parser.setLanguage(language);
  },
  parseOnly(script) {
    this.parser.parse(script).delete();
  },
  parse(script) {
    const tree = this.parser.parse(script);
    const walker = new TreeSitterWalker();
    walker.body(tree.rootNode);
    const error = tree.rootNode.hasError ? 'syntax error' : null;
    tree.delete();
    walker.commands.sort((a, b) => a.start - b.start);
    return { commands: walker.commands, error };
  },
};

// --------------------------------------------------------------- mvdan-sh

class MvdanWalker {
  constructor(syntax, script, ops) {
    this.syntax = syntax;
    this.script = script;
    this.ops = ops;
    this.map = byteToIndexMap(script);
    this.commands = [];
  }

  type(node) {
    return this.syntax.NodeType(node);
  }

  raw(node) {
    return this.script.slice(this.map[node.Pos().Offset()], this.map[node.End().Offset()]);
  }

  stmts(list) {
    for (let i = 0; i < list.length; i++) {
      const prev = list[i - 1];
      const connector = prev === undefined ? null : prev.Background ? '&' : prev.Semicolon.Line() > 0 ? ';' : '\n';
      this.stmt(list[i], connector);
    }
  }

  stmt(st, connector) {
    const cmd = st.Cmd;
    for (const r of st.Redirs) {
      this.substitutions(r.Word);
      if (r.Hdoc) this.substitutions(r.Hdoc);
    }
    if (!cmd) return;
    switch (this.type(cmd)) {
      case 'CallExpr': {
        const words = [...cmd.Assigns.map((a) => this.assign(a)), ...cmd.Args.map((w) => this.word(w))];
        this.commands.push({ connector, start: cmd.Pos().Offset(), words });
        cmd.Assigns.forEach((a) => a.Value && this.substitutions(a.Value));
        cmd.Args.forEach((w) => this.substitutions(w));
        return;
      }
      case 'DeclClause': {
        const words = [{ text: cmd.Variant.Value, start: cmd.Pos().Offset(), end: cmd.Variant.End().Offset() }];
        for (const a of cmd.Args) words.push(this.assign(a));
        this.commands.push({ connector, start: cmd.Pos().Offset(), words });
        this.substitutions(cmd);
        return;
      }
      case 'TestClause': {
        const words = [{ text: '[[', start: cmd.Pos().Offset(), end: cmd.Pos().Offset() + 2 }];
        this.testWords(cmd.X, words);
        words.push({ text: ']]', start: cmd.End().Offset() - 2, end: cmd.End().Offset() });
        this.commands.push({ connector, start: cmd.Pos().Offset(), words });
        this.substitutions(cmd);
        return;
      }
      case 'BinaryCmd':
        this.stmt(cmd.X, connector);
        this.stmt(cmd.Y, this.ops.get(cmd.Op));
        return;
      case 'Block':
      case 'Subshell':
        this.stmts(cmd.Stmts);
        return;
      case 'IfClause':
        for (let c = cmd; c; c = c.Else) {
          this.stmts(c.Cond);
          this.stmts(c.Then);
        }
        return;
      case 'WhileClause':
        this.stmts(cmd.Cond);
        this.stmts(cmd.Do);
        return;
      case 'ForClause':
        this.substitutions(cmd.Loop);
        this.stmts(cmd.Do);
        return;
      case 'CaseClause':
        this.substitutions(cmd.Word);
        for (const item of cmd.Items) this.stmts(item.Stmts);
        return;
      case 'FuncDecl':
        this.stmt(cmd.Body, null);
        return;
      case 'TimeClause':
        if (cmd.Stmt) this.stmt(cmd.Stmt, connector);
        return;
      default:
        this.substitutions(cmd);
    }
  }

  /** Walks a node for command/process substitutions without descending into them twice. */
  substitutions(node) {
    if (!node) return;
    this.syntax.Walk(node, (n) => {
      if (!n) return true;
      const t = this.type(n);
      if (t === 'CmdSubst' || t === 'ProcSubst') {
        this.stmts(n.Stmts);
        return false;
      }
      return true;
    });
  }

  value(word) {
    let out = '';
    for (const part of word.Parts) {
      switch (this.type(part)) {
        case 'Lit':
          out += unescapeUnquoted(part.Value);
          break;
        case 'SglQuoted':
          out += part.Dollar ? decodeAnsiC(part.Value) : part.Value;
          break;
        case 'DblQuoted':
          for (const inner of part.Parts) {
            if (this.type(inner) !== 'Lit') return null;
            out += unescapeDouble(inner.Value);
          }
          break;
        default:
          return null;
      }
    }
    return out;
  }

  word(w) {
    return { text: this.value(w) ?? this.raw(w), start: w.Pos().Offset(), end: w.End().Offset() };
  }

  assign(a) {
    if (a.Naked) return a.Value ? this.word(a.Value) : { text: a.Name.Value, start: a.Pos().Offset(), end: a.End().Offset() };
    const v = a.Value ? this.value(a.Value) : '';
    const text = v === null || a.Array ? this.raw(a) : `${a.Name.Value}${a.Append ? '+=' : '='}${v}`;
    return { text, start: a.Pos().Offset(), end: a.End().Offset() };
  }

  /** Operator text at a byte offset (up to the next blank). */
  opText(byteOffset) {
    const i = this.map[byteOffset];
    const m = /^\S+/.exec(this.script.slice(i));
    return { text: m[0], start: byteOffset, end: byteOffset + Buffer.byteLength(m[0]) };
  }

  testWords(x, out) {
    switch (this.type(x)) {
      case 'BinaryTest':
        this.testWords(x.X, out);
        out.push(this.opText(x.OpPos.Offset()));
        this.testWords(x.Y, out);
        return;
      case 'UnaryTest':
        out.push(this.opText(x.OpPos.Offset()));
        this.testWords(x.X, out);
        return;
      case 'ParenTest':
        out.push({ text: '(', start: x.Pos().Offset(), end: x.Pos().Offset() + 1 });
        this.testWords(x.X, out);
        out.push({ text: ')', start: x.End().Offset() - 1, end: x.End().Offset() });
        return;
      default:
        out.push(this.word(x));
    }
  }
}

const mvdan = {
  name: 'mvdan-sh (GopherJS)',
  async init() {
    this.syntax = require('mvdan-sh').syntax;
    this.parser = this.syntax.NewParser();
    // Operator codes of BinaryCmd, learnt from the library itself.
    this.ops = new Map(['&&', '||', '|', '|&'].map((op) => [this.parser.Parse(`a ${op} b`, '').Stmts[0].Cmd.Op, op]));
  },
  parseOnly(script) {
    try {
      this.parser.Parse(script, '');
    } catch {
      // syntax errors cost the same; nothing to extract here
    }
  },
  parse(script) {
    const walker = new MvdanWalker(this.syntax, script, this.ops);
    try {
      walker.stmts(this.parser.Parse(script, '').Stmts);
    } catch (e) {
      return { commands: [], error: String(e.Error ? e.Error() : e) };
    }
    walker.commands.sort((a, b) => a.start - b.start);
    return { commands: walker.commands, error: null };
  },
};

// ------------------------------------------------------------- sh-syntax

const shSyntax = {
  name: 'sh-syntax (wasm mvdan/sh)',
  async init() {
    this.lib = await import('sh-syntax');
  },
  // The JSON AST that sh-syntax 0.7 returns keeps only Pos/End of each
  // statement's Cmd (no node type, no arguments), so no command words can be
  // recovered: it is measured for speed and cold start only.
  async parseOnly(script) {
    await this.parse(script);
  },
  async parse(script) {
    try {
      await this.lib.parse(script);
      return { commands: [], error: null };
    } catch (e) {
      return { commands: [], error: String(e.message) };
    }
  },
};

// ------------------------------------------------------------ bash-parser

class BashParserWalker {
  constructor(script) {
    this.script = script;
    this.commands = [];
  }

  /** Separator after `prev`, read from the source when locations are known. */
  separator(prev, next) {
    if (prev.async) return '&';
    if (!prev.loc || !next.loc) return ';';
    const between = this.script.slice(prev.loc.end.char + 1, next.loc.start.char);
    return between.includes(';') ? ';' : '\n';
  }

  list(commands) {
    commands.forEach((c, i) => this.node(c, i === 0 ? null : this.separator(commands[i - 1], c)));
  }

  node(n, connector) {
    switch (n.type) {
      case 'LogicalExpression':
        this.node(n.left, connector);
        this.node(n.right, n.op === 'and' ? '&&' : '||');
        return;
      case 'Pipeline':
        n.commands.forEach((c, i) => this.node(c, i === 0 ? connector : '|'));
        return;
      case 'Command':
        this.command(n, connector);
        return;
      case 'Subshell':
      case 'CompoundList':
        this.list((n.list ?? n).commands);
        return;
      case 'If':
        this.node(n.clause, null);
        this.node(n.then, null);
        if (n.else) this.node(n.else, null);
        return;
      case 'While':
      case 'Until':
        this.node(n.clause, null);
        this.node(n.do, null);
        return;
      case 'For':
        (n.wordlist ?? []).forEach((w) => this.expansions(w));
        this.node(n.do, null);
        return;
      case 'Case':
        this.expansions(n.clause);
        for (const item of n.cases ?? []) if (item.body) this.node(item.body, null);
        return;
      case 'Function':
        this.node(n.body, null);
        return;
      default:
    }
  }

  word(w) {
    const loc = w.loc;
    const raw = loc ? this.script.slice(loc.start.char, loc.end.char + 1) : w.text;
    return { text: w.expansion ? raw : w.text, start: loc?.start.char, end: loc ? loc.end.char + 1 : undefined };
  }

  command(n, connector) {
    const parts = [...(n.prefix ?? []), ...(n.name ? [n.name] : []), ...(n.suffix ?? [])];
    const words = parts.filter((p) => p.type === 'Word' || p.type === 'AssignmentWord').map((w) => this.word(w));
    this.commands.push({ connector, start: n.loc?.start.char ?? 0, words });
    for (const p of parts) {
      if (p.type === 'Redirect') this.expansions(p.file);
      else this.expansions(p);
    }
  }

  expansions(w) {
    for (const x of w?.expansion ?? []) {
      if (x.type === 'CommandExpansion' && x.commandAST) this.list(x.commandAST.commands);
    }
  }
}

const bashParser = {
  name: 'bash-parser',
  async init() {
    this.parseBash = require('bash-parser');
  },
  parseOnly(script) {
    try {
      this.parseBash(script, { insertLOC: true });
    } catch {
      // syntax errors cost the same; nothing to extract here
    }
  },
  parse(script) {
    const walker = new BashParserWalker(script);
    try {
      walker.list(this.parseBash(script, { insertLOC: true }).commands);
    } catch (e) {
      return { commands: [], error: String(e.message) };
    }
    return { commands: walker.commands, error: null };
  },
};

export const adapters = { own, 'tree-sitter': treeSitter, mvdan, 'sh-syntax': shSyntax, 'bash-parser': bashParser };
