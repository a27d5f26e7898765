/**
 * Whether a text is a valid image reference as the builder parses it (the grammar of
 * distribution/reference: `[host[:port]/]path[:tag][@digest]`, path in lower case).
 * Written as linear scans: a reference comes from user text and must not cost a backtracking regex.
 */

function isLowerAlnum(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

function isAlnum(c: string | undefined): boolean {
  return isLowerAlnum(c) || (c !== undefined && c >= 'A' && c <= 'Z');
}

function everyChar(s: string, ok: (c: string) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (!ok(s[i] as string)) return false;
  return true;
}

/** A path component: lower-case alphanumerics joined by `.`, `_`, `__` or runs of `-`. */
function isPathComponent(s: string): boolean {
  if (!isLowerAlnum(s[0]) || !isLowerAlnum(s[s.length - 1])) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (isLowerAlnum(c)) continue;
    if (c === '-') continue;
    if (c === '.' || c === '_') {
      const next = s[i + 1];
      if (c === '_' && next === '_' && isLowerAlnum(s[i + 2])) i++;
      else if (!isLowerAlnum(next)) return false;
      continue;
    }
    return false;
  }
  return true;
}

/** A registry host: DNS labels joined by dots with an optional `:port`, or a bracketed IPv6 address. */
function isDomain(s: string): boolean {
  let host = s;
  const colon = s.lastIndexOf(':');
  if (colon !== -1 && !s.endsWith(']')) {
    const port = s.slice(colon + 1);
    if (port === '' || !/^\d+$/.test(port)) return false;
    host = s.slice(0, colon);
  }
  if (host.startsWith('[') && host.endsWith(']')) return /^[0-9A-Fa-f:.]+$/.test(host.slice(1, -1));
  return host.split('.').every((label) => label !== '' && isAlnum(label[0]) && isAlnum(label[label.length - 1]) && everyChar(label, (c) => isAlnum(c) || c === '-'));
}

function isTag(s: string): boolean {
  return s.length >= 1 && s.length <= 128 && (isAlnum(s[0]) || s[0] === '_') && everyChar(s, (c) => isAlnum(c) || c === '_' || c === '.' || c === '-');
}

function isDigest(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon < 1) return false;
  const algorithm = s.slice(0, colon);
  const hex = s.slice(colon + 1);
  return algorithm.split(/[-_+.]/).every((part) => /^[A-Za-z][A-Za-z0-9]*$/.test(part)) && hex.length >= 32 && /^[0-9a-fA-F]+$/.test(hex);
}

export function isValidImageReference(ref: string): boolean {
  if (ref === '' || /^[0-9a-f]{64}$/.test(ref)) return false;
  let rest = ref;
  const at = rest.indexOf('@');
  if (at !== -1) {
    if (!isDigest(rest.slice(at + 1))) return false;
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    if (!isTag(rest.slice(colon + 1))) return false;
    rest = rest.slice(0, colon);
  }
  if (rest.length === 0 || rest.length > 255) return false;
  const parts = rest.split('/');
  const first = parts[0] as string;
  // The first component is a registry when it has a dot or a port, is localhost, or has upper case.
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase())) {
    if (!isDomain(first)) return false;
    parts.shift();
  }
  return parts.every(isPathComponent);
}
