/** OCI platform strings (`linux/arm64/v8`) as containerd's platforms.Parse reads them. */
import { entryOf } from '../../src/engine/text.js';

const OSES: ReadonlySet<string> = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'illumos', 'ios', 'js', 'linux', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows']);

/** Architecture spellings normalised the way platforms.Normalize does. */
const ARCH_ALIASES: Readonly<Record<string, string>> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm', i386: '386', i686: '386' };

export interface Platform {
  readonly os: string;
  readonly architecture: string;
}

/**
 * The OS and architecture of a platform string, or null when it does not parse. A single
 * component is an OS or an architecture; the other part is the builder's default
 * (assumed `linux`/`amd64`).
 */
export function parsePlatform(text: string): Platform | null {
  const parts = text.toLowerCase().split('/');
  if (parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return null;
  const arch = (a: string): string => entryOf(ARCH_ALIASES, a) ?? a;
  if (parts.length === 1) {
    const only = parts[0] as string;
    return OSES.has(only) ? { os: only, architecture: 'amd64' } : { os: 'linux', architecture: arch(only) };
  }
  const os = parts[0] as string;
  return OSES.has(os) ? { os, architecture: arch(parts[1] as string) } : null;
}
