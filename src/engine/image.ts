/** Docker image references: `[registry/]path[:tag][@digest]`. */

export interface ImageRef {
  readonly raw: string;
  /** Registry host, or null for Docker Hub. */
  readonly registry: string | null;
  /** Repository path without registry, Docker Hub's `library/` prefix removed (`node`, `bitnami/redis`). */
  readonly repository: string;
  /** Last path component (`redis` for `bitnami/redis`). */
  readonly name: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

export function parseImageRef(raw: string): ImageRef {
  let rest = raw;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | null = null;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let registry: string | null = null;
  const first = rest.indexOf('/');
  if (first !== -1) {
    const head = rest.slice(0, first);
    if (head.includes('.') || head.includes(':') || head === 'localhost') {
      registry = head;
      rest = rest.slice(first + 1);
    }
  }
  if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = null;
  if (registry === null && rest.startsWith('library/')) rest = rest.slice('library/'.length);
  const name = rest.slice(rest.lastIndexOf('/') + 1);
  return { raw, registry, repository: rest, name, tag, digest };
}

/** `registry/repository` as a matchable string (Docker Hub images have no registry part). */
export function imagePath(ref: ImageRef): string {
  return ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository;
}

/**
 * Matches an image against a pattern like `node`, `node:*-alpine`, `bitnami/*`,
 * `gcr.io/distroless/*:nonroot`, `*-unprivileged`. `*` matches any run of characters
 * (including `/`). A pattern without `:` matches every tag.
 */
export function matchesImage(ref: ImageRef, pattern: string): boolean {
  const slash = pattern.lastIndexOf('/');
  const colon = pattern.lastIndexOf(':');
  const hasTag = colon > slash;
  const pathPattern = hasTag ? pattern.slice(0, colon) : pattern;
  const tagPattern = hasTag ? pattern.slice(colon + 1) : null;
  const path = imagePath(ref);
  const hubPath = ref.registry === null ? `docker.io/${ref.repository}` : path;
  if (!globMatch(pathPattern, path) && !globMatch(pathPattern, hubPath)) return false;
  if (tagPattern === null) return true;
  return globMatch(tagPattern, ref.tag ?? 'latest');
}

/** Linear-time `*` glob match (no backtracking blow-up). */
export function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] !== '*' && pattern[p] === text[t]) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
