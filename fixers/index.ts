/** Fixers by rule name, one file each. */
import type { Fixer } from '../src/engine/types.js';
import { fix as addInsteadOfCopy } from './add-instead-of-copy.js';
import { fix as maintainerDeprecated } from './maintainer-deprecated.js';
import { fix as jsonArgsRecommended } from './json-args-recommended.js';
import { fix as workdirRelative } from './workdir-relative.js';
import { fix as imageTagMissing } from './image-tag-missing.js';
import { fix as imageTagLatest } from './image-tag-latest.js';
import { fix as pipefailMissing } from './pipefail-missing.js';
import { fix as worldWritable } from './world-writable.js';
import { fix as runsAsRoot } from './runs-as-root.js';
import { fix as sudoInRun } from './sudo-in-run.js';
import { fix as useraddWithoutNoLogInit } from './useradd-without-no-log-init.js';
import { fix as aptGetMissingYes } from './apt-get-missing-yes.js';
import { fix as aptGetNoInstallRecommends } from './apt-get-no-install-recommends.js';
import { fix as aptListsNotRemoved } from './apt-lists-not-removed.js';
import { fix as pipNoCacheDir } from './pip-no-cache-dir.js';
import { fix as apkAddNoCache } from './apk-add-no-cache.js';

export const fixers: Readonly<Record<string, Fixer>> = {
  'add-instead-of-copy': addInsteadOfCopy,
  'maintainer-deprecated': maintainerDeprecated,
  'json-args-recommended': jsonArgsRecommended,
  'workdir-relative': workdirRelative,
  'image-tag-missing': imageTagMissing,
  'image-tag-latest': imageTagLatest,
  'pipefail-missing': pipefailMissing,
  'world-writable': worldWritable,
  'runs-as-root': runsAsRoot,
  'sudo-in-run': sudoInRun,
  'useradd-without-no-log-init': useraddWithoutNoLogInit,
  'apt-get-missing-yes': aptGetMissingYes,
  'apt-get-no-install-recommends': aptGetNoInstallRecommends,
  'apt-lists-not-removed': aptListsNotRemoved,
  'pip-no-cache-dir': pipNoCacheDir,
  'apk-add-no-cache': apkAddNoCache,
};
