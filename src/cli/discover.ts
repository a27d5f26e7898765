/**
 * Finds the files shipshape checks under folders: Dockerfiles (`Dockerfile`, `Containerfile`,
 * `*.Dockerfile`, `*.dockerfile`, `Dockerfile.*`, `Containerfile.*`) and Compose files
 * (`compose.yaml`, `docker-compose.yml` and overrides), recursively, honouring `.gitignore`
 * files (with the `ignore` package, which implements git's matching rules) and skipping
 * `node_modules` and `.git`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { kindFromName } from '../engine/kinds.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);

export function isDockerfileName(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'dockerfile' || lower === 'containerfile') return true;
  if (lower.endsWith('.dockerfile')) return true;
  return lower.startsWith('dockerfile.') || lower.startsWith('containerfile.');
}

interface Scope {
  readonly base: string;
  readonly rules: Ignore;
}

/** Files of a known kind below `root`, sorted, as paths joined onto `root`. */
export function discover(root: string): string[] {
  const found: string[] = [];
  walk(root, [], found);
  return found.sort();
}

function walk(dir: string, scopes: readonly Scope[], found: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  let here = scopes;
  if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
    try {
      here = [...scopes, { base: dir, rules: ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')) }];
    } catch {
      // An unreadable .gitignore is treated as absent.
    }
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (isDir && SKIP_DIRS.has(entry.name)) continue;
    if (isIgnored(path, isDir, here)) continue;
    if (isDir) walk(path, here, found);
    else if ((entry.isFile() || entry.isSymbolicLink()) && kindFromName(path)) found.push(path);
  }
}

function isIgnored(path: string, isDir: boolean, scopes: readonly Scope[]): boolean {
  for (const scope of scopes) {
    const rel = relative(scope.base, path).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
