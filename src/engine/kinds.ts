/** Which kind of file a path is, and the model that parses it. */
import { basename } from 'node:path';
import type { Document, DocumentKind } from './document.js';
import { ComposeFile } from '../compose/model.js';
import { DaemonFile } from '../daemon/model.js';
import { SourceFile } from './source.js';
import { hasShellShebang, ScriptFile, scriptFormatFromName } from '../script/model.js';

const DOCKERFILE = /^(dockerfile|containerfile)(\..+)?$|\.dockerfile$/i;
/** compose.yaml, docker-compose.yml and their overrides (docker-compose.prod.yml, compose.override.yaml). */
const COMPOSE = /^(docker-)?compose(\.[^/]+)?\.ya?ml$/i;
/** daemon.json, and `<name>.daemon.json` for several daemon configs side by side (fixtures, per-host copies). */
const DAEMON = /^(.+\.)?daemon\.json$/i;

/** The kind a file name says, or null when the name says nothing shipshape knows. */
export function kindFromName(path: string): DocumentKind | null {
  const name = basename(path);
  if (DOCKERFILE.test(name)) return 'dockerfile';
  if (COMPOSE.test(name)) return 'compose';
  if (DAEMON.test(name)) return 'daemon';
  // Shell scripts, Makefiles, GitLab CI files and (by their folder) GitHub Actions workflows.
  if (scriptFormatFromName(path)) return 'script';
  return null;
}

/**
 * The kind of a file: by name, else a script when its text starts with a shell shebang, else a
 * Dockerfile (what a file given by hand usually is).
 */
export function detectKind(path: string, fileText?: string): DocumentKind {
  return kindFromName(path) ?? (fileText !== undefined && hasShellShebang(fileText) ? 'script' : 'dockerfile');
}

/** Parses a file's text as its kind (detected from the path unless given). */
export function parseDocument(path: string, fileText: string, kind: DocumentKind = detectKind(path)): Document {
  switch (kind) {
    case 'dockerfile':
      return new SourceFile(path, fileText);
    case 'compose':
      return new ComposeFile(path, fileText);
    case 'daemon':
      return new DaemonFile(path, fileText);
    case 'script':
      return new ScriptFile(path, fileText);
    default:
      throw new Error(`no parser for ${kind} files yet`);
  }
}
