/** Core data types shared by the engine, rules, fixers and reporters. Findings are data. */
import type { Document, DocumentKind } from './document.js';
import type { SourceFile } from './source.js';

export type Severity = 'error' | 'warning' | 'info' | 'style';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'style'];
/** Higher is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1, style: 0 };

/** Ruff's contract: safe keeps the image's meaning; unsafe may change behaviour; display-only is never applied. */
export type Applicability = 'safe' | 'unsafe' | 'display-only';

/** Replace `text[start, end)` with `text`. Offsets index the BOM-less file text. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Fix {
  readonly title: string;
  readonly applicability: Applicability;
  readonly edits: readonly Edit[];
}

/** What a rule reports: an exact range and the facts a fixer needs. */
export interface Report {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  /** Overrides the rule's default severity for this finding (e.g. lowered to info). */
  readonly severity?: Severity;
  /** Facts for the fixer; `noFix: true` tells the engine not to ask the fixer. */
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly data: Readonly<Record<string, unknown>>;
  readonly fix: Fix | null;
}

export type Category = 'security' | 'correctness' | 'best-practice' | 'performance' | 'style';

export interface RuleDocs {
  readonly whatItDoes: string;
  readonly whyItMatters: string;
  /** A Dockerfile that triggers the rule. */
  readonly example: string;
  /** The same Dockerfile after the fix (or the recommended shape when there is no fix). */
  readonly exampleFixed?: string;
  /** Options the example needs to trigger the rule (rules that do nothing until configured). */
  readonly exampleOptions?: Readonly<Record<string, unknown>>;
  /** Build-context files the example needs (e.g. a `.dockerignore`), by path relative to the Dockerfile. */
  readonly exampleContext?: Readonly<Record<string, string>>;
  /** What the fix does and why it has the applicability it has. */
  readonly fix: string;
  /** Options, each described in a line. */
  readonly options?: Readonly<Record<string, string>>;
}

export interface RuleMeta {
  /** kebab-case id, stable. */
  readonly name: string;
  /** The ids of the same check in other tools: hadolint DLxxxx, Trivy DSxxx, Checkov CKV_DOCKER_x, BuildKit check names, Semgrep ids. */
  readonly aliases: readonly string[];
  readonly severity: Severity;
  readonly category: Category;
  readonly summary: string;
  /** The best applicability a fix of this rule can have, or null when there is no fix. */
  readonly fix: Applicability | null;
  /** Default option values; config may override them. */
  readonly defaultOptions?: Readonly<Record<string, unknown>>;
  /** False for rules that run only when enabled in config or selected (default true). */
  readonly defaultEnabled?: boolean;
  /**
   * `preview` rules run only with `--preview` (or `preview: true` in config), or when named
   * by `--select` or in config, so a new version never fails a build that passed before
   * (Ruff's model). Default `stable`.
   */
  readonly status?: 'stable' | 'preview';
  /** The kind(s) of file the rule checks (default `dockerfile`). */
  readonly kind?: DocumentKind | readonly DocumentKind[];
  /** Findings of this rule mean the file cannot be understood: no fix is applied to it. */
  readonly blocksFixes?: boolean;
  readonly docs: RuleDocs;
}

export interface RuleContext<D extends Document = SourceFile> {
  readonly source: D;
  readonly options: Readonly<Record<string, unknown>>;
  /** Settings shared by rules (base-image table extensions, file system access for build context). */
  readonly settings: LintSettings;
  report(report: Report): void;
}

/** A rule over one kind of file (`meta.kind`, default `dockerfile`), seeing that kind's model. */
export interface Rule<D extends Document = SourceFile> {
  readonly meta: RuleMeta;
  check(context: RuleContext<D>): void;
}

/** A rule of any kind, as the registry holds them; the linter runs each on its own kind only. */
// biome-ignore lint: the registry is heterogeneous by design; `meta.kind` selects the model.
export type AnyRule = Rule<any>;

export interface FixContext<D extends Document = SourceFile> {
  readonly source: D;
  readonly options: Readonly<Record<string, unknown>>;
  readonly settings: LintSettings;
}

/** Turns one finding into a fix, or null when no fix is knowable. */
export type Fixer<D extends Document = SourceFile> = (finding: Finding, context: FixContext<D>) => Fix | null;

// biome-ignore lint: as AnyRule.
export type AnyFixer = Fixer<any>;

/** A user-supplied fact about a base image, extending the bundled table. */
export interface ImageFact {
  /** Image reference pattern: `repo`, `repo:tag`, with `*` wildcards (`bitnami/*`, `*:nonroot`). */
  readonly image: string;
  /** The user the image runs as (`nonroot`, `65532`, `node`), or omitted. */
  readonly user?: string;
  /** Whether the image's default user is non-root. */
  readonly nonRoot?: boolean;
  /** A non-root user that exists in the image and can be switched to. */
  readonly availableUser?: string;
  /** The user-management tool family in the image. */
  readonly family?: 'debian' | 'alpine' | 'rhel' | 'none';
  /** Whether bash exists at /bin/bash. */
  readonly bash?: boolean;
}

export interface LintSettings {
  /** Extra base-image facts from config, consulted before the bundled table. */
  readonly images: readonly ImageFact[];
  /** Reads a file of the build context relative to the Dockerfile's folder; null when absent or unreadable. */
  readonly readContextFile: (relativePath: string) => string | null;
}
