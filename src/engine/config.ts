/**
 * Project configuration: `.shipshape.yaml` / `.shipshape.yml` / `.shipshape.json`, found by
 * walking up from each file, or given with `--config`. A `.hadolint.yaml` / `.hadolint.yml`
 * is read the same way when no shipshape file is nearer (its `ignored`, `override` and
 * `failure-threshold` keys).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { getRule, resolveRuleId } from './registry.js';
import { type ImageFact, SEVERITIES, type Severity } from './types.js';

export const CONFIG_NAMES = ['.shipshape.yaml', '.shipshape.yml', '.shipshape.json'] as const;
export const HADOLINT_NAMES = ['.hadolint.yaml', '.hadolint.yml'] as const;

export interface RuleOverride {
  readonly enabled?: boolean;
  readonly severity?: Severity;
  readonly options?: Readonly<Record<string, unknown>>;
}

export type Threshold = Severity | 'none';

export interface Config {
  /** The file this came from, or null for defaults. */
  readonly path: string | null;
  readonly rules: ReadonlyMap<string, RuleOverride>;
  readonly unsafeFixes: boolean;
  /** Run preview rules. */
  readonly preview: boolean;
  readonly failureThreshold: Threshold;
  readonly images: readonly ImageFact[];
  /** Non-fatal problems (unknown rule ids), one line each. */
  readonly warnings: readonly string[];
}

export const DEFAULT_CONFIG: Config = {
  path: null,
  rules: new Map(),
  unsafeFixes: false,
  preview: false,
  failureThreshold: 'warning',
  images: [],
  warnings: [],
};

/** A config file that cannot be used: the CLI prints it and exits 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

const SHIPSHAPE_KEYS = new Set(['rules', 'unsafe-fixes', 'preview', 'failure-threshold', 'images', 'ignore', '$schema']);
const HADOLINT_KEYS = new Set([
  'ignored', 'override', 'failure-threshold', 'trustedRegistries', 'label-schema', 'strict-labels',
  'no-fail', 'no-color', 'format', 'disable-ignore-pragma',
]);

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read config: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const first = String((error as Error).message).split('\n')[0];
    throw new ConfigError(file, `malformed config: ${first}`);
  }
  if (data === null || data === undefined) data = {};
  if (!isRecord(data)) throw new ConfigError(file, 'malformed config: expected a mapping at the top level');
  return HADOLINT_NAMES.includes(basename(file) as (typeof HADOLINT_NAMES)[number]) || looksLikeHadolint(data)
    ? fromHadolint(file, data)
    : fromShipshape(file, data);
}

function looksLikeHadolint(data: Record<string, unknown>): boolean {
  const keys = Object.keys(data);
  return keys.length > 0 && keys.every((k) => HADOLINT_KEYS.has(k)) && keys.some((k) => !SHIPSHAPE_KEYS.has(k));
}

function threshold(file: string, value: unknown): Threshold {
  if (value === 'none' || isSeverity(value)) return value;
  throw new ConfigError(file, `failure-threshold must be one of error, warning, info, style, none (got ${JSON.stringify(value)})`);
}

function fromShipshape(file: string, data: Record<string, unknown>): Config {
  for (const key of Object.keys(data)) {
    if (!SHIPSHAPE_KEYS.has(key)) throw new ConfigError(file, `unknown key \`${key}\` (expected one of ${[...SHIPSHAPE_KEYS].filter((k) => k !== '$schema').join(', ')})`);
  }
  const warnings: string[] = [];
  const rules = new Map<string, RuleOverride>();
  const setRule = (id: string, override: RuleOverride): void => {
    const names = resolveRuleId(id);
    if (!names.length) warnings.push(`${file}: unknown rule \`${id}\` in config`);
    for (const name of names) rules.set(name, { ...rules.get(name), ...override });
  };
  if (data.rules !== undefined) {
    if (!isRecord(data.rules)) throw new ConfigError(file, '`rules` must be a mapping of rule id to off, a severity, or settings');
    for (const [id, value] of Object.entries(data.rules)) {
      if (value === 'off' || value === false) setRule(id, { enabled: false });
      else if (value === 'on' || value === true) setRule(id, { enabled: true });
      else if (isSeverity(value)) setRule(id, { enabled: true, severity: value });
      else if (isRecord(value)) {
        const { severity, enabled, ...options } = value;
        if (severity !== undefined && !isSeverity(severity)) throw new ConfigError(file, `rules.${id}.severity must be error, warning, info or style`);
        if (enabled !== undefined && typeof enabled !== 'boolean') throw new ConfigError(file, `rules.${id}.enabled must be true or false`);
        const override: RuleOverride = {
          ...(enabled !== undefined ? { enabled } : { enabled: true }),
          ...(severity !== undefined ? { severity } : {}),
          options: validateOptions(file, id, options),
        };
        setRule(id, override);
      } else throw new ConfigError(file, `rules.${id} must be off, on, a severity, or a mapping`);
    }
  }
  if (data.ignore !== undefined) {
    if (!Array.isArray(data.ignore)) throw new ConfigError(file, '`ignore` must be a list of rule ids');
    for (const id of data.ignore) setRule(String(id), { enabled: false });
  }
  const unsafe = data['unsafe-fixes'];
  if (unsafe !== undefined && typeof unsafe !== 'boolean') throw new ConfigError(file, '`unsafe-fixes` must be true or false');
  const preview = data.preview;
  if (preview !== undefined && typeof preview !== 'boolean') throw new ConfigError(file, '`preview` must be true or false');
  return {
    path: file,
    rules,
    unsafeFixes: unsafe ?? false,
    preview: preview ?? false,
    failureThreshold: data['failure-threshold'] === undefined ? 'warning' : threshold(file, data['failure-threshold']),
    images: parseImages(file, data.images),
    warnings,
  };
}

function validateOptions(file: string, id: string, options: Record<string, unknown>): Record<string, unknown> {
  const [name] = resolveRuleId(id);
  const rule = name ? getRule(name) : undefined;
  if (!rule) return options;
  const known = rule.meta.defaultOptions ?? {};
  for (const [key, value] of Object.entries(options)) {
    if (!(key in known)) {
      const list = Object.keys(known);
      throw new ConfigError(file, `rules.${id}: unknown option \`${key}\`${list.length ? ` (options: ${list.join(', ')})` : ' (the rule has no options)'}`);
    }
    const expected = typeof known[key];
    if (typeof value !== expected && !(Array.isArray(known[key]) && Array.isArray(value))) {
      throw new ConfigError(file, `rules.${id}.${key} must be a ${Array.isArray(known[key]) ? 'list' : expected}`);
    }
  }
  return options;
}

function parseImages(file: string, value: unknown): ImageFact[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ConfigError(file, '`images` must be a list of {image, nonRoot, user, availableUser, family, bash}');
  return value.map((entry, i) => {
    if (!isRecord(entry) || typeof entry.image !== 'string') throw new ConfigError(file, `images[${i}] needs an \`image\` pattern`);
    const family = entry.family;
    if (family !== undefined && !['debian', 'alpine', 'rhel', 'none'].includes(String(family))) {
      throw new ConfigError(file, `images[${i}].family must be debian, alpine, rhel or none`);
    }
    return entry as unknown as ImageFact;
  });
}

function fromHadolint(file: string, data: Record<string, unknown>): Config {
  const warnings: string[] = [];
  const rules = new Map<string, RuleOverride>();
  const ids = (key: string, value: unknown): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw new ConfigError(file, `\`${key}\` must be a list of rule ids`);
    return value.map(String);
  };
  const apply = (id: string, override: RuleOverride): void => {
    const names = resolveRuleId(id);
    // hadolint files name DL/SC codes shipshape may not implement: only warn about other ids.
    if (!names.length && !/^(DL|SC)\d{4}$/i.test(id)) warnings.push(`${file}: unknown rule \`${id}\` in config`);
    for (const name of names) rules.set(name, { ...rules.get(name), ...override });
  };
  for (const id of ids('ignored', data.ignored)) apply(id, { enabled: false });
  if (data.override !== undefined && data.override !== null) {
    if (!isRecord(data.override)) throw new ConfigError(file, '`override` must map severities to lists of rule ids');
    for (const [severity, list] of Object.entries(data.override)) {
      if (!isSeverity(severity)) throw new ConfigError(file, `override: unknown severity \`${severity}\``);
      for (const id of ids(`override.${severity}`, list)) apply(id, { severity });
    }
  }
  // hadolint's rule settings become the options of the rules that carry them.
  const withOptions = (name: string, options: Record<string, unknown>): void => {
    const current = rules.get(name);
    rules.set(name, { ...current, options: { ...current?.options, ...options } });
  };
  const trusted = data.trustedRegistries;
  if (trusted !== undefined && trusted !== null) {
    if (!Array.isArray(trusted)) throw new ConfigError(file, '`trustedRegistries` must be a list of registries');
    withOptions('untrusted-registry', { trustedRegistries: trusted.map(String) });
  }
  const schema = data['label-schema'];
  if (schema !== undefined && schema !== null) {
    if (!isRecord(schema)) throw new ConfigError(file, '`label-schema` must map label names to formats');
    for (const name of ['label-missing', 'label-value-invalid', 'label-not-in-schema']) withOptions(name, { labelSchema: schema });
  }
  if (data['strict-labels'] !== undefined) {
    if (typeof data['strict-labels'] !== 'boolean') throw new ConfigError(file, '`strict-labels` must be true or false');
    withOptions('label-not-in-schema', { strictLabels: data['strict-labels'] });
  }
  const noFail = data['no-fail'] === true;
  return {
    path: file,
    rules,
    unsafeFixes: false,
    preview: false,
    failureThreshold: noFail ? 'none' : data['failure-threshold'] === undefined ? 'info' : threshold(file, data['failure-threshold']),
    images: [],
    warnings,
  };
}

/** Finds and caches the nearest config for each folder. */
export class ConfigResolver {
  private readonly cache = new Map<string, Config>();

  constructor(private readonly explicit: Config | null) {}

  forFile(file: string): Config {
    if (this.explicit) return this.explicit;
    return this.forDir(dirname(resolve(file)));
  }

  private forDir(dir: string): Config {
    const cached = this.cache.get(dir);
    if (cached) return cached;
    let found: Config | null = null;
    for (const name of [...CONFIG_NAMES, ...HADOLINT_NAMES]) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) {
        found = loadConfigFile(candidate);
        break;
      }
    }
    const parent = dirname(dir);
    const config = found ?? (parent === dir ? DEFAULT_CONFIG : this.forDir(parent));
    this.cache.set(dir, config);
    return config;
  }
}
