/**
 * What the language server needs to know about a document's project: its path on disk, the
 * config that applies to it (found from that path the way the CLI finds it), and the build
 * context that rules may read.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, ConfigError, ConfigResolver } from '../engine/config.js';
import type { LintOptions } from '../engine/linter.js';
import type { LintSettings } from '../engine/types.js';

/** Largest build-context file a rule may read (the CLI's limit too). */
const MAX_CONTEXT_FILE = 1024 * 1024;

export interface DocumentPath {
  /** Absolute path used to find the config; for an unsaved buffer, a name in the workspace folder. */
  readonly path: string;
  /** Whether the path is the document's own file (its folder is a build context). */
  readonly onDisk: boolean;
}

/** `file:` URIs map to their path; other schemes (`untitled:`) to a Dockerfile in the workspace folder. */
export function documentPath(uri: string, workspaceFolder: string | null): DocumentPath {
  if (uri.startsWith('file:')) return { path: fileURLToPath(uri), onDisk: true };
  return { path: join(workspaceFolder ?? process.cwd(), 'Dockerfile'), onDisk: false };
}

export type ProjectOptions =
  | { readonly ok: true; readonly config: Config; readonly options: LintOptions }
  | { readonly ok: false; readonly error: string };

/**
 * The lint options for a document. The config is looked up afresh each time (a few `stat`s):
 * an edited `.shipshape.yaml` applies on the next keystroke, whether or not the client
 * reports file changes.
 */
export function projectOptions(doc: DocumentPath): ProjectOptions {
  let config: Config;
  try {
    config = new ConfigResolver(null).forFile(doc.path);
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, error: `${error.file}: ${error.message}` };
    throw error;
  }
  return { ok: true, config, options: { config, settings: contextSettings(doc, config) } };
}

function contextSettings(doc: DocumentPath, config: Config): LintSettings {
  const dir = dirname(resolve(doc.path));
  return {
    images: config.images,
    readContextFile: (rel) => {
      if (!doc.onDisk) return null;
      const file = join(dir, rel);
      if (relative(dir, file).startsWith('..')) return null;
      try {
        const st = statSync(file);
        if (!st.isFile() || st.size > MAX_CONTEXT_FILE) return null;
        return readFileSync(file, 'utf8');
      } catch {
        return null;
      }
    },
  };
}
