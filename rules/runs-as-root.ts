/**
 * runs-as-root: the stage that becomes the image ends as root, either through an explicit
 * `USER root` or because no USER is set and the base image runs as root. Decided per stage
 * from its effective user at the end (userAt follows ARG defaults and FROM-stage chains).
 */
import type { Instruction, SourceFile, Stage } from '../src/engine/source.js';
import type { ImageFact, LintSettings, Rule } from '../src/engine/types.js';
import { lacksUserTools, lookupImage } from './data/images.js';
import { commandsOf } from './lib/shell.js';
import { createdUser, type EffectiveUser, earlierNonRootUser, privilegeDrop, userAt } from './lib/user.js';
import { entryOf } from '../src/engine/text.js';

export type Family = NonNullable<ImageFact['family']>;

/** What the fixer needs to choose a user and where to put it. */
export interface RunsAsRootFacts {
  /** Index of the reported (final) stage. */
  readonly stage: number;
  /** Start offset of the stage's own USER instruction that sets root, or null. */
  readonly rootUser: number | null;
  /** The non-root user an earlier USER set before the final `USER root`, as it should be written. */
  readonly earlierUser: string | null;
  /** A user that a RUN of the stage (or its base stages) creates. */
  readonly createdUser: string | null;
  /** A non-root user the base image ships. */
  readonly availableUser: string | null;
  /** The distribution's user-tool family, from the image table or the stage's package managers. */
  readonly family: Family | null;
  /** Whether useradd/adduser can be expected to exist. */
  readonly userTools: boolean;
}

/** Package managers and what they say about the distribution. */
const FAMILY_BY_TOOL: Readonly<Record<string, Family>> = {
  'apt-get': 'debian',
  apt: 'debian',
  dpkg: 'debian',
  apk: 'alpine',
  dnf: 'rhel',
  yum: 'rhel',
  microdnf: 'rhel',
  tdnf: 'rhel',
  rpm: 'rhel',
  // SUSE's shadow tools take the same options as RHEL's.
  zypper: 'rhel',
};

export const rule: Rule = {
  meta: {
    name: 'runs-as-root',
    aliases: ['DL3002', 'DS002', 'DS-0002', 'AVD-DS-0002', 'CKV_DOCKER_3', 'CKV_DOCKER_8'],
    severity: 'warning',
    category: 'security',
    summary: 'The final image runs as root',
    fix: 'unsafe',
    defaultOptions: { checkAllStages: false },
    docs: {
      whatItDoes:
        'Reports the stage that becomes the image (the last one) when it ends as root: no USER is set and the base image runs as root, or the last USER is `root`, `0`, `root:<group>` or `0:<group>`. ' +
        'USER values are followed through ARG and ENV defaults, and a stage built `FROM` another stage inherits that stage\'s user. ' +
        'Base images known to run as a non-root user (distroless `:nonroot`, Chainguard, Bitnami, `*-unprivileged`, .NET chiseled, UBI language images, ...) pass; the `images:` list in the config declares more and is consulted first. ' +
        'An image that is neither in the table nor in the config is taken to run as root, which is Docker\'s default. A base image given by an ARG without a default cannot be known: then only a USER that explicitly sets root is reported. ' +
        'Build stages that do not become the image are not reported unless `checkAllStages` is set. ' +
        'When the image starts as root on purpose and gives up root as it starts (gosu, su-exec, `setpriv --reuid`, `chroot --userspec`, runuser or s6-setuidgid in ENTRYPOINT or CMD, in an entrypoint script copied from the build context, gosu or su-exec installed by a RUN, or a base image such as postgres whose own entrypoint does it), the finding says so, is lowered to info and has no fix. ' +
        'The finding points at the last `USER` that sets root when the stage has one, otherwise at the base image in `FROM`, the thing that decides the default user.',
      whyItMatters:
        'A process that runs as root in a container can change any file of the image, read every secret mounted into it, and, through a kernel or runtime flaw, reach the host with root\'s powers. An unprivileged user costs little and limits what an exploit gains. ' +
        'Kubernetes\' `runAsNonRoot` and many admission policies reject such images, and they can only verify a numeric user.',
      example: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n',
      exampleFixed:
        'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n' +
        'RUN groupadd --system --gid 10001 app && useradd --system --uid 10001 --gid app --no-log-init --no-create-home app\nUSER 10001:10001\nCMD ["python", "app.py"]\n',
      fix:
        'Makes the final stage run as a non-root user, the first of: the user an earlier USER had set, when the stage ends with `USER root`; a user the Dockerfile itself creates with useradd or adduser; a non-root user the base image ships (`node` in node, `app` in .NET 8+, `ubuntu` in Ubuntu 23.04+, 65532 in distroless, ...); ' +
        'otherwise a new `app` user with uid and gid 10001, created with the tools of the base image\'s distribution (Debian and Ubuntu: `groupadd`/`useradd --no-log-init`; Alpine and BusyBox: `addgroup`/`adduser`; RHEL, UBI and Fedora: `groupadd -r`/`useradd -r`), without a home directory, and selected as `USER 10001:10001` so that Kubernetes can verify it; ' +
        'for images without a user database (scratch, distroless) `USER 65532:65532`. For a base image not in the table, the distribution is read from the stage\'s own package-manager commands (apt-get or dpkg: Debian; apk: Alpine; dnf, yum or microdnf: RHEL). ' +
        'The USER line goes after the stage\'s last RUN, COPY or ADD and before the CMD, ENTRYPOINT or HEALTHCHECK that follows (above the comments on top of it), or replaces the final `USER root` when nothing after it needs root; the RUN that creates a user is one line, placed just before it. ' +
        'The fix is unsafe: the application may need to write to files owned by root, bind a port below 1024 or read a file only root can read. It is display-only when the distribution is unknown, or when the image lacks useradd (Amazon Linux, UBI minimal and other minimal images need shadow-utils installed first). ' +
        'There is no fix when the image drops privileges as it starts, nor for build stages.',
      options: {
        checkAllStages: 'Also report build stages that end as root (without a fix), for stages built as images of their own with `--target`.',
      },
    },
  },
  check({ source, options, settings, report }) {
    const allStages = options.checkAllStages === true;
    for (const stage of source.stages) {
      if (!stage.isFinal && !allStages) continue;
      const user = userAt(source, stage, null, settings);
      // false: a non-root user; null: not knowable (an ARG without a default), so not reported.
      if (user.root !== true) continue;
      const own = user.from && user.from.stage === stage ? user.from : null;
      const range = own ?? imageWord(stage.from);
      const subject = stage.isFinal ? 'The image' : `Stage \`${stage.name ?? stage.index}\``;
      const drop = privilegeDrop(source, stage, settings);
      if (drop) {
        report({
          ...range,
          severity: 'info',
          message: `${subject} starts as root and drops privileges ${drop.tool ? `with \`${drop.tool}\` ` : ''}${drop.where}; make sure the service itself runs as the lower user`,
          data: { noFix: true, tool: drop.tool },
        });
        continue;
      }
      const action = own ? 'switch to a non-root USER once the steps that need root are done' : 'add a USER with a non-root user';
      const message = `${subject} runs as root: ${reason(stage, user, settings)}; ${action}`;
      if (!stage.isFinal) {
        // A build stage is not the image: USER is never added there.
        report({ ...range, message, data: { noFix: true } });
        continue;
      }
      report({ ...range, message, data: { ...facts(source, stage, user, own, settings) } });
    }
  },
};

/** The base image word of a FROM (what decides the default user), or its keyword. */
function imageWord(from: Instruction): { start: number; end: number } {
  const word = from.args[0];
  return word ? { start: word.start, end: word.end } : from.keywordRange;
}

function reason(stage: Stage, user: EffectiveUser, settings: LintSettings): string {
  const from = user.from;
  if (from) {
    const set = user.written === user.user ? `is \`${user.written}\`` : `\`${user.written}\` resolves to \`${user.user}\``;
    if (from.stage === stage) return `its last USER ${set}`;
    const base = from.stage;
    return `its last USER ${set}, inherited from stage \`${base?.name ?? base?.index}\` (line ${from.line + 1})`;
  }
  const image = stage.rootImage;
  if (!image) return 'no USER is set';
  if (image.repository === 'scratch' && image.registry === null) return 'no USER is set, and `scratch` has no user but root';
  if (lookupImage(image, settings.images)) return `no USER is set and \`${image.raw}\` runs as root`;
  return `no USER is set and \`${image.raw}\` is taken to run as root (declare it under \`images:\` in the config if it does not)`;
}

function facts(source: SourceFile, stage: Stage, user: EffectiveUser, own: Instruction | null, settings: LintSettings): RunsAsRootFacts {
  const earlier = user.from ? earlierNonRootUser(source, user.from, settings) : null;
  const fact = lookupImage(stage.rootImage, settings.images);
  const { family, userTools } = distribution(stage, fact);
  return {
    stage: stage.index,
    rootUser: own ? own.start : null,
    // A user written in this stage is kept as written (ARGs and all); one from a base stage is
    // written resolved, since ARGs do not carry over to another stage.
    earlierUser: earlier ? (earlier.from?.stage === stage ? earlier.written : earlier.user) : null,
    createdUser: createdUser(source, stage),
    availableUser: fact?.availableUser ?? null,
    family,
    userTools,
  };
}

/**
 * The user-tool family and whether useradd/adduser exist: from the image table when the
 * image is known, else from the package managers the stage's RUNs use.
 */
function distribution(stage: Stage, fact: ImageFact | null): { family: Family | null; userTools: boolean } {
  let inferred: Family | null = null;
  let minimal = false;
  let shadow = false;
  for (const owner of stage.chain.reverse()) {
    for (const inst of owner.instructions) {
      if (inst.keyword !== 'RUN') continue;
      for (const { name, args } of commandsOf(inst)) {
        if (!name) continue;
        inferred ??= entryOf(FAMILY_BY_TOOL, name) ?? null;
        if (name === 'microdnf') minimal = true;
        if (name === 'useradd' || name === 'groupadd' || args.some((w) => w.value === 'shadow-utils')) shadow = true;
      }
    }
  }
  const family = fact?.family ?? inferred;
  if (family === null || family === 'none') return { family, userTools: false };
  const lacking = fact?.family ? lacksUserTools(stage.rootImage) : minimal;
  return { family, userTools: shadow || !lacking };
}
