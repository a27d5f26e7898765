/** The rule registry: every rule, one file each. Add new rules here (a meta test checks the list against the folder). */
import type { Rule } from '../src/engine/types.js';
import { rule as invalidSuppression } from './invalid-suppression.js';
import { rule as addInsteadOfCopy } from './add-instead-of-copy.js';
import { rule as maintainerDeprecated } from './maintainer-deprecated.js';
import { rule as jsonArgsRecommended } from './json-args-recommended.js';
import { rule as workdirRelative } from './workdir-relative.js';
import { rule as imageTagMissing } from './image-tag-missing.js';
import { rule as imageTagLatest } from './image-tag-latest.js';
import { rule as pipefailMissing } from './pipefail-missing.js';
import { rule as worldWritable } from './world-writable.js';
import { rule as runsAsRoot } from './runs-as-root.js';
import { rule as sudoInRun } from './sudo-in-run.js';
import { rule as useraddWithoutNoLogInit } from './useradd-without-no-log-init.js';
import { rule as aptGetMissingYes } from './apt-get-missing-yes.js';
import { rule as aptGetNoInstallRecommends } from './apt-get-no-install-recommends.js';
import { rule as aptListsNotRemoved } from './apt-lists-not-removed.js';
import { rule as pipNoCacheDir } from './pip-no-cache-dir.js';
import { rule as apkAddNoCache } from './apk-add-no-cache.js';
import { rule as syntaxError } from './syntax-error.js';

export const rules: readonly Rule[] = [syntaxError, invalidSuppression, runsAsRoot, addInsteadOfCopy, maintainerDeprecated, jsonArgsRecommended, workdirRelative, imageTagMissing, imageTagLatest, pipefailMissing, worldWritable, sudoInRun, useraddWithoutNoLogInit, aptGetMissingYes, aptGetNoInstallRecommends, aptListsNotRemoved, pipNoCacheDir, apkAddNoCache];
