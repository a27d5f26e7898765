/**
 * How a container is run, whoever says it: a Compose service or a `docker run` line. Run-time
 * rules (rules/container-*.ts) check this shape, so one rule covers both; each kind builds it
 * from its own model and supplies the edits that change it in its own syntax.
 */
import type { Range } from './document.js';
import type { Edit } from './types.js';

/** A value as written, and where. */
export interface Written extends Range {
  /** The value (quotes removed). */
  readonly value: string;
}

export interface PortBinding extends Range {
  /** As written (`8080:80`, `127.0.0.1:8080:80/udp`), or a summary for the long syntax. */
  readonly spec: string;
  /** Host address, '' when none is given (all interfaces). */
  readonly hostIp: string;
}

export interface Mount extends Range {
  /** Host path or volume name ('' for an anonymous volume). */
  readonly source: string;
  readonly target: string;
  readonly readOnly: boolean;
}

/**
 * Settings a fix may add, in the vocabulary of Compose (the `docker run` editor maps them to
 * flags). Values are plain values (`10001:10001`, `/tmp`, `ALL`); each editor quotes them as
 * its syntax needs. `deploy.restart_policy.max_attempts` exists in Compose only (swarm
 * deploys): it is added into an existing `deploy.restart_policy` mapping, and other editors
 * return null for it.
 */
export type SettingName =
  | 'user'
  | 'read_only'
  | 'tmpfs'
  | 'restart'
  | 'cap_drop'
  | 'security_opt'
  | 'mem_limit'
  | 'pids_limit'
  | 'cpus'
  | 'logging'
  | 'deploy.restart_policy.max_attempts';

export interface ContainerEditor {
  /**
   * Edits that add a setting the container lacks (`read_only: true` / `--read-only`), or null
   * when this place cannot take it as a minimal edit (a flow mapping, a value built by a shell
   * variable, ...). For `logging` the values are `key=value` log options (`max-size=10m`):
   * they go into the logging options the container already has (its driver kept), or, when
   * it has none, with the json-file driver.
   */
  add(setting: SettingName, values: readonly string[]): Edit[] | null;
  /** An edit that replaces a written value with `text` (in the same quoting). */
  replace(value: Written, text: string): Edit | null;
}

export interface Container {
  /** Which syntax said it, for messages that name a setting. */
  readonly syntax: 'compose' | 'docker-run';
  /** The service name, or the image of a `docker run` line. */
  readonly name: string;
  /** Where a finding about a missing setting points (the service key, or `docker run`). */
  readonly anchor: Range;
  readonly image: Written | null;
  readonly user: Written | null;
  readonly ports: readonly PortBinding[];
  readonly readOnly: Written | null;
  readonly tmpfs: readonly Written[];
  readonly restart: Written | null;
  readonly capAdd: readonly Written[];
  readonly capDrop: readonly Written[];
  readonly privileged: Written | null;
  readonly networkMode: Written | null;
  readonly pid: Written | null;
  readonly ipc: Written | null;
  readonly usernsMode: Written | null;
  readonly securityOpt: readonly Written[];
  readonly mounts: readonly Mount[];
  readonly memory: Written | null;
  readonly cpus: Written | null;
  readonly pidsLimit: Written | null;
  readonly logDriver: Written | null;
  readonly logOptions: ReadonlyMap<string, Written>;
  readonly environment: readonly (Written & { readonly name: string })[];
  /** Swarm `deploy.restart_policy.condition`, when written (Compose only). */
  readonly deployRestart: Written | null;
  /** The Dockerfile the image is built from, relative to the file (Compose `build:`), or null. */
  readonly dockerfile: string | null;
  readonly editor: ContainerEditor;
}

/** A setting as the container's own syntax writes it (`read_only: true` or `--read-only`), for messages. */
export function spelled(container: Container, compose: string, dockerRun: string): string {
  return container.syntax === 'compose' ? compose : dockerRun;
}

/** Files whose model can list the containers they run. */
export interface ContainerSource {
  readonly containers: readonly Container[];
}
