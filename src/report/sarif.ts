/**
 * SARIF 2.1.0, as GitHub code scanning ingests it: one run, the rules that produced results
 * (with their documentation), one result per finding with a region, a stable partial
 * fingerprint and, for safe and unsafe fixes, the fix's replacements.
 *
 * Lines and columns are 1-based and columns count UTF-16 code units (`columnKind`), as in
 * the JSON report; `endColumn` is exclusive, as SARIF defines it. URIs are relative to the
 * repository root (`%SRCROOT%`).
 *
 * Streams: results are written as each file is done; the run's `tool` (whose rule list is
 * only known at the end) follows them, which JSON allows.
 */
import { pathToFileURL } from 'node:url';
import { ruleDocs } from '../cli/docs.js';
import type { Document } from '../engine/document.js';
import { getRule } from '../engine/registry.js';
import type { Finding, Fix, Rule, Severity } from '../engine/types.js';
import { VERSION } from '../version.js';
import { fingerprints, repoPath } from './ci.js';
import type { Reporter } from './types.js';

/** Where shipshape lives; shown by code scanning as the tool's home page. */
export const INFORMATION_URI = 'https://github.com/shipshape-dev/shipshape';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Versioned so a change of how it is computed can be told apart (SARIF §3.27.17). */
const FINGERPRINT_KEY = 'shipshapeFindingHash/v1';

type Level = 'error' | 'warning' | 'note';

const LEVEL: Readonly<Record<Severity, Level>> = { error: 'error', warning: 'warning', info: 'note', style: 'note' };

/**
 * GitHub ranks security alerts by `security-severity` (a CVSS-like score: 7+ high, 4+
 * medium, above 0 low).
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.5', info: '2.0', style: '1.0' };

function createSarifReporter(): Reporter {
  // Rules in the order they first produced a result: `ruleIndex` points into this list.
  let rules: string[] = [];
  let ruleIndex = new Map<string, number>();
  let results = 0;
  let notifications: unknown[] = [];

  function indexOf(rule: string): number {
    let index = ruleIndex.get(rule);
    if (index === undefined) {
      index = rules.length;
      rules.push(rule);
      ruleIndex.set(rule, index);
    }
    return index;
  }

  return {
    start() {
      rules = [];
      ruleIndex = new Map();
      results = 0;
      notifications = [];
      return `{\n  "$schema": ${JSON.stringify(SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": [\n    {\n      "results": [`;
    },
    file(result) {
      const uri = artifactUri(result.path);
      for (const problem of result.problems) {
        notifications.push({ level: 'warning', message: { text: problem }, locations: [{ physicalLocation: { artifactLocation: uri } }] });
      }
      const source = result.source;
      if (!source || !result.findings.length) return '';
      const prints = fingerprints(result.path, source, result.findings);
      return result.findings
        .map((f, i) => {
          const json = sarifResult(source, f, uri, indexOf(f.rule), prints[i] as string);
          return `${results++ ? ',' : ''}\n        ${JSON.stringify(json)}`;
        })
        .join('');
    },
    end() {
      const run = {
        tool: {
          driver: {
            name: 'shipshape',
            version: VERSION,
            informationUri: INFORMATION_URI,
            rules: rules.map((name) => reportingDescriptor(getRule(name), name)),
          },
        },
        columnKind: 'utf16CodeUnits',
        // Fixes that were undone or did not converge (--fix). Files that could not be read never
        // reach a reporter: they are on stderr and in the exit code.
        ...(notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
      };
      // The run object's remaining properties, re-indented to sit after `results`.
      const rest = JSON.stringify(run, null, 2).slice(1, -2).replace(/\n/g, '\n    ');
      return `${results ? '\n      ' : ''}],${rest}\n    }\n  ]\n}\n`;
    },
  };
}

interface ArtifactLocation {
  readonly uri: string;
  readonly uriBaseId?: string;
}

/** A relative URI under `%SRCROOT%` or, for a file outside the working directory, a file URI. */
function artifactUri(path: string): ArtifactLocation {
  const p = repoPath(path);
  if (/^(\/|[A-Za-z]:\/)/.test(p)) return { uri: pathToFileURL(p).href };
  return { uri: p.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(source: Document, start: number, end: number): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const s = source.lines.position(start);
  const e = source.lines.position(end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

function sarifResult(source: Document, f: Finding, uri: ArtifactLocation, ruleIndex: number, fingerprint: string): unknown {
  const fix = f.fix && f.fix.applicability !== 'display-only' ? sarifFix(source, f.fix, uri) : null;
  return {
    ruleId: f.rule,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: uri, region: region(source, f.start, Math.max(f.end, f.start)) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(fix ? { fixes: [fix] } : {}),
    // `level` folds info and style into `note`; keep the severity as shipshape has it.
    properties: { severity: f.severity },
  };
}

function sarifFix(source: Document, fix: Fix, uri: ArtifactLocation): unknown {
  const how = fix.applicability === 'safe' ? 'safe fix, applied by `shipshape --fix`' : 'unsafe fix: may change behaviour; applied by `shipshape --fix --unsafe-fixes`';
  return {
    description: { text: `${fix.title} (${how})` },
    artifactChanges: [
      {
        artifactLocation: uri,
        replacements: fix.edits.map((e) => ({ deletedRegion: region(source, e.start, e.end), insertedContent: { text: e.text } })),
      },
    ],
  };
}

function reportingDescriptor(rule: Rule | undefined, name: string): unknown {
  if (!rule) return { id: name };
  const { meta } = rule;
  const d = meta.docs;
  const tags = [meta.category, ...meta.aliases];
  return {
    id: meta.name,
    name: pascalCase(meta.name),
    shortDescription: { text: meta.summary },
    fullDescription: { text: d.whatItDoes },
    help: { text: `${d.whatItDoes}\n\n${d.whyItMatters}\n\nFix: ${d.fix}`, markdown: ruleDocs(rule) },
    defaultConfiguration: { level: LEVEL[meta.severity], ...(meta.defaultEnabled === false ? { enabled: false } : {}) },
    properties: {
      tags,
      ...(meta.category === 'security' ? { 'security-severity': SECURITY_SEVERITY[meta.severity] } : {}),
    },
  };
}

/** `runs-as-root` → `RunsAsRoot`, the friendly rule name SARIF viewers show. */
function pascalCase(name: string): string {
  return name
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export const sarifReporter: Reporter = createSarifReporter();
