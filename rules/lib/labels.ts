/**
 * LABEL pairs with their ranges, the label schema option shared by the label rules
 * (hadolint's `label-schema`), and the value formats the schema can ask for.
 */
import type { Instruction } from '../../src/engine/source.js';
import { variableReferences } from './variables.js';

export type LabelType = 'text' | 'url' | 'spdx' | 'hash' | 'rfc3339' | 'semver' | 'email';
export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'spdx', 'hash', 'rfc3339', 'semver', 'email'];

export interface LabelPair {
  readonly inst: Instruction;
  /** The key without quotes. */
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value as the builder reads it (quotes and escapes removed). */
  readonly value: string;
  readonly valueStart: number;
  readonly valueEnd: number;
}

const LABEL_PAIRS = Symbol('label pairs');

/** The key/value pairs of a LABEL (read once per instruction; several label rules ask). */
export function labelPairs(inst: Instruction): readonly LabelPair[] {
  if (inst.keyword !== 'LABEL') return [];
  return inst.memo(LABEL_PAIRS, () => readPairs(inst));
}

function readPairs(inst: Instruction): LabelPair[] {
  return inst.properties.map((p) => ({
    inst,
    key: p.name.replace(/^(["'])(.*)\1$/, '$2'),
    keyStart: p.nameRange.start,
    keyEnd: p.nameRange.end,
    value: p.value ?? '',
    valueStart: p.valueRange?.start ?? p.nameRange.end,
    valueEnd: p.valueRange?.end ?? p.nameRange.end,
  }));
}

/** The `labelSchema` option: label name -> type; entries of an unknown type count as `text`. */
export function labelSchema(option: unknown): ReadonlyMap<string, LabelType> {
  const schema = new Map<string, LabelType>();
  if (typeof option !== 'object' || option === null || Array.isArray(option)) return schema;
  for (const [name, type] of Object.entries(option)) {
    schema.set(name, (LABEL_TYPES as readonly unknown[]).includes(type) ? (type as LabelType) : 'text');
  }
  return schema;
}

/** The value with ARG/ENV values filled in, or null when a variable has no value. */
export function labelValue(pair: LabelPair): string | null {
  if (variableReferences(pair.inst.source, pair.valueStart, pair.valueEnd).length === 0) return pair.value;
  const resolved = pair.inst.source.resolve(pair.value, pair.inst);
  return resolved.complete ? resolved.value : null;
}

const SCHEME_URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const HASH = /^(?:[0-9a-f]{7,40}|[0-9a-f]{64})$/;
const NUMERIC = /^(?:0|[1-9]\d*)$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;
const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const LICENSE_ID = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?[A-Za-z0-9][A-Za-z0-9.-]*\+?$/;

function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[7] === undefined || (Number(m[7]) < 24 && Number(m[8]) < 60);
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}

/** Semantic Versioning 2.0.0: `1.2.3`, `1.2.3-rc.1+build.5`. */
function isSemver(value: string): boolean {
  const plus = value.indexOf('+');
  const core = plus === -1 ? value : value.slice(0, plus);
  if (plus !== -1 && !value.slice(plus + 1).split('.').every((id) => IDENTIFIER.test(id))) return false;
  const dash = core.indexOf('-');
  const version = dash === -1 ? core : core.slice(0, dash);
  if (dash !== -1 && !core.slice(dash + 1).split('.').every((id) => IDENTIFIER.test(id) && (!/^\d+$/.test(id) || NUMERIC.test(id)))) return false;
  const parts = version.split('.');
  return parts.length === 3 && parts.every((p) => NUMERIC.test(p));
}

/** An addr-spec (`name@example.com`): no display name, no comments. */
function isEmail(value: string): boolean {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at).split('.');
  const domain = value.slice(at + 1).split('.');
  return local.every((a) => ATOM.test(a)) && domain.every((l) => DOMAIN_LABEL.test(l));
}

/** An SPDX license expression: identifiers joined by AND / OR, WITH exceptions, parentheses. */
function isSpdx(value: string): boolean {
  const tokens = value.replace(/[()]/g, ' $& ').trim().split(/\s+/);
  let at = 0;
  const expression = (): boolean => {
    if (!term()) return false;
    while (tokens[at] === 'AND' || tokens[at] === 'OR') {
      at++;
      if (!term()) return false;
    }
    return true;
  };
  const term = (): boolean => {
    const token = tokens[at];
    if (token === '(') {
      at++;
      if (!expression() || tokens[at] !== ')') return false;
      at++;
      return true;
    }
    if (token === undefined || !LICENSE_ID.test(token) || token === 'AND' || token === 'OR' || token === 'WITH') return false;
    at++;
    if (tokens[at] === 'WITH') {
      at++;
      const exception = tokens[at];
      if (exception === undefined || !LICENSE_ID.test(exception)) return false;
      at++;
    }
    return true;
  };
  return value.trim() !== '' && expression() && at === tokens.length;
}

const CHECKS: Readonly<Record<Exclude<LabelType, 'text'>, (value: string) => boolean>> = {
  url: (v) => SCHEME_URI.test(v),
  rfc3339: isRfc3339,
  hash: (v) => HASH.test(v),
  semver: isSemver,
  email: isEmail,
  spdx: isSpdx,
};

/** Whether a non-empty value has the schema's format (`text` takes anything). */
export function hasFormat(type: LabelType, value: string): boolean {
  return type === 'text' || CHECKS[type](value);
}
