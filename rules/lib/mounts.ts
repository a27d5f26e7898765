/** The `--mount` flags of a RUN, and which paths they keep out of the image layer. */
import type { Instruction } from '../../src/engine/source.js';

export interface RunMount {
  /** `bind` (BuildKit's default), `cache`, `tmpfs`, `secret` or `ssh`. */
  readonly type: string;
  /** The mount point inside the build container, ARG/ENV values filled in; null when not given. */
  readonly target: string | null;
}

/** The `--mount=type=cache,target=/root/.cache` flags of a RUN, parsed. */
export function runMounts(inst: Instruction): RunMount[] {
  const mounts: RunMount[] = [];
  for (const flag of inst.flags) {
    if (flag.name.toLowerCase() !== 'mount' || flag.value === null) continue;
    const { value } = inst.source.resolve(flag.value, inst);
    let type = 'bind';
    let target: string | null = null;
    for (const field of value.split(',')) {
      const eq = field.indexOf('=');
      const key = (eq === -1 ? field : field.slice(0, eq)).trim().toLowerCase();
      const fieldValue = eq === -1 ? '' : unquote(field.slice(eq + 1).trim());
      if (key === 'type') type = fieldValue.toLowerCase();
      else if (key === 'target' || key === 'dst' || key === 'destination') target = fieldValue;
    }
    mounts.push({ type, target });
  }
  return mounts;
}

/**
 * Whether what the RUN writes to `path` goes to a cache or tmpfs mount (at `path` or a folder
 * above it) instead of into the image layer.
 */
export function keptOutOfLayer(inst: Instruction, path: string): boolean {
  return runMounts(inst).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== null && isWithin(path, m.target));
}

/** Whether `path` is `folder` or inside it (both absolute; trailing slashes ignored). */
export function isWithin(path: string, folder: string): boolean {
  const p = normalizePath(path);
  const f = normalizePath(folder);
  return f === '/' || p === f || p.startsWith(`${f}/`);
}

function normalizePath(path: string): string {
  const collapsed = path.replace(/\/+/g, '/');
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.slice(0, -1) : collapsed;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
