/** Reading user files safely: every failure is an InputError with one clear line. */
import { readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** One decoder for every file: decode() without `stream` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as UTF-8 text, rejecting binary data and invalid UTF-8. */
export function decodeText(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new InputError(file, `file is too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}, see --max-file-size)`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(file, 'not a text file (it contains NUL bytes)');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError(file, 'not valid UTF-8 text');
  }
}

export function readTextFile(file: string, maxBytes = DEFAULT_MAX_BYTES): { text: string; mode: number } {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  if (stat.isDirectory()) throw new InputError(file, 'is a directory');
  if (!stat.isFile()) throw new InputError(file, 'not a regular file');
  if (stat.size > maxBytes) {
    throw new InputError(file, `file is too large (${formatBytes(stat.size)}; the limit is ${formatBytes(maxBytes)}, see --max-file-size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, describeFsError(error));
  }
  return { text: decodeText(file, bytes, maxBytes), mode: stat.mode & 0o7777 };
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot read (${code ?? 'unknown error'})`;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
