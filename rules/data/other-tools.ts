/**
 * The Dockerfile checks of other tools, kept as data: hadolint's DL rules, BuildKit's build
 * checks (`docker build --check`), Trivy's Dockerfile checks (trivy-checks, checks/docker) and
 * Checkov's (CKV_DOCKER_*, CKV2_DOCKER_*). A shipshape rule covers a check by listing one of
 * its ids in `meta.aliases`; a check that no rule should cover says why in `reason`.
 * rules/COMPARISON.md is generated from this table and the registry (`npm run comparison`), and
 * test/comparison.test.ts keeps the two honest.
 *
 * Ids were taken from each tool's own sources: hadolint's README rule table and
 * src/Hadolint/Process.hs, BuildKit's frontend/dockerfile/linter/ruleset.go and rule docs,
 * the METADATA block of each checks/docker/*.rego in trivy-checks, and the check classes and
 * graph-check YAML files under checkov/dockerfile/checks. Titles are our own words.
 */

export type Tool = 'hadolint' | 'buildkit' | 'trivy' | 'checkov';

export const TOOLS: readonly Tool[] = ['hadolint', 'buildkit', 'trivy', 'checkov'];

export const TOOL_NAMES: Readonly<Record<Tool, string>> = {
  hadolint: 'hadolint',
  buildkit: 'BuildKit build checks',
  trivy: 'Trivy',
  checkov: 'Checkov',
};

export interface ExternalCheck {
  readonly tool: Tool;
  /** The id as the tool reports it. */
  readonly id: string;
  /** Other spellings of the same id that users meet (Trivy's `AVD-DS-0001` and `DS-0001`). */
  readonly otherIds?: readonly string[];
  /** For an entry that stands for a family of ids (ShellCheck's SCxxxx): the ids it stands for. */
  readonly pattern?: RegExp;
  /** What the check flags, in a few words. */
  readonly title: string;
  /** The tool's page for the check, when it has a stable one. */
  readonly url?: string;
  /** Why no shipshape rule covers it, for checks that should stay uncovered. */
  readonly reason?: string;
}

/**
 * Alias forms of tools outside this table that rules may list too: they are neither checked
 * against the table nor counted in the comparison.
 */
export const FOREIGN_ALIASES: readonly { readonly prefix: string; readonly tool: string }[] = [
  { prefix: 'docker:', tool: 'SonarSource Docker rules (docker:S2612 ...)' },
  { prefix: 'dockerfile.', tool: 'Semgrep registry rules' },
  { prefix: 'generic.dockerfile.', tool: 'Semgrep registry rules (generic-language)' },
  { prefix: 'CIS-Docker-', tool: 'CIS Docker Benchmark v1.6.0 items (run-time checks of Compose, daemon.json and docker run)' },
  { prefix: 'KICS-', tool: 'KICS docker-compose queries (by query id)' },
];

function hadolint(id: string, title: string, reason?: string): ExternalCheck {
  return { tool: 'hadolint', id, title, url: `https://github.com/hadolint/hadolint/wiki/${id}`, ...(reason ? { reason } : {}) };
}

/** BuildKit documents each check under its name in kebab case (`JSONArgsRecommended` -> `json-args-recommended`). */
function buildkit(id: string, title: string, options: { reason?: string; documented?: boolean } = {}): ExternalCheck {
  const kebab = id
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
  return {
    tool: 'buildkit',
    id,
    title,
    ...(options.documented === false ? {} : { url: `https://docs.docker.com/go/dockerfile/rule/${kebab}/` }),
    ...(options.reason ? { reason: options.reason } : {}),
  };
}

/** Trivy checks carry three spellings of one number: DS001, AVD-DS-0001 and (newest) DS-0001. */
function trivy(number: number, title: string, reason?: string): ExternalCheck {
  const four = String(number).padStart(4, '0');
  return {
    tool: 'trivy',
    id: `DS${String(number).padStart(3, '0')}`,
    otherIds: [`DS-${four}`, `AVD-DS-${four}`],
    title,
    ...(reason ? { reason } : {}),
  };
}

function checkov(id: string, title: string, reason?: string): ExternalCheck {
  return { tool: 'checkov', id, title, ...(reason ? { reason } : {}) };
}

export const OTHER_TOOL_CHECKS: readonly ExternalCheck[] = [
  // hadolint: DL1001, DL3000-DL3063 and DL4000-DL4006 as documented in its README, plus
  // DL3005, DL3017, DL3031 and DL3039, which hadolint has since dropped (old ignore comments
  // still name them). There is no DL4002.
  hadolint('DL1001', 'Inline `# hadolint ignore=` pragmas are used at all'),
  hadolint('DL3000', 'WORKDIR path is relative'),
  hadolint('DL3001', 'RUN calls a command that makes no sense in an image build (ssh, vim, shutdown, service, ps, top, kill, mount ...)'),
  hadolint('DL3002', 'The last USER is root'),
  hadolint('DL3003', '`cd` in RUN where WORKDIR should change the directory'),
  hadolint('DL3004', '`sudo` in RUN'),
  hadolint('DL3005', '`apt-get upgrade` or `dist-upgrade` in RUN (since dropped from hadolint)', "Dropped from hadolint's rule set."),
  hadolint('DL3006', 'FROM image has no tag'),
  hadolint('DL3007', 'FROM image uses the `latest` tag'),
  hadolint('DL3008', '`apt-get install` without pinned package versions'),
  hadolint('DL3009', 'apt lists left behind after `apt-get install`'),
  hadolint('DL3010', 'Archive copied and then unpacked where ADD would extract it'),
  hadolint('DL3011', 'EXPOSE port outside 0-65535'),
  hadolint('DL3012', 'More than one HEALTHCHECK'),
  hadolint('DL3013', '`pip install` without pinned versions'),
  hadolint('DL3014', '`apt-get install` without `-y`'),
  hadolint('DL3015', '`apt-get install` without `--no-install-recommends`'),
  hadolint('DL3016', '`npm install` without pinned versions'),
  hadolint('DL3017', '`apk upgrade` in RUN (since dropped from hadolint)'),
  hadolint('DL3018', '`apk add` without pinned versions'),
  hadolint('DL3019', '`apk add` without `--no-cache`'),
  hadolint('DL3020', 'ADD used for local files and folders where COPY does'),
  hadolint('DL3021', 'COPY of several sources to a destination that does not end in `/`'),
  hadolint('DL3022', 'COPY --from names a stage that is not defined before it'),
  hadolint('DL3023', 'COPY --from names its own stage'),
  hadolint('DL3024', 'Two stages share a name'),
  hadolint('DL3025', 'CMD or ENTRYPOINT in shell form instead of JSON'),
  hadolint('DL3026', 'FROM image comes from a registry outside the allowed list'),
  hadolint('DL3027', '`apt` used where `apt-get` or `apt-cache` belong'),
  hadolint('DL3028', '`gem install` without pinned versions'),
  hadolint('DL3029', 'FROM uses `--platform`'),
  hadolint('DL3030', '`yum install` without `-y`'),
  hadolint('DL3031', '`yum update` or `upgrade` in RUN (since dropped from hadolint)'),
  hadolint('DL3032', '`yum clean all` missing after yum'),
  hadolint('DL3033', '`yum install` without pinned versions'),
  hadolint('DL3034', 'zypper without the non-interactive `-y`'),
  hadolint('DL3035', '`zypper dist-upgrade` in RUN'),
  hadolint('DL3036', '`zypper clean` missing after zypper'),
  hadolint('DL3037', '`zypper install` without pinned versions'),
  hadolint('DL3038', '`dnf install` without `-y`'),
  hadolint('DL3039', '`dnf upgrade` in RUN (since dropped from hadolint)'),
  hadolint('DL3040', '`dnf clean all` missing after dnf'),
  hadolint('DL3041', '`dnf install` without pinned versions'),
  hadolint('DL3042', '`pip install` without `--no-cache-dir`'),
  hadolint('DL3043', 'ONBUILD triggers ONBUILD, FROM or MAINTAINER'),
  hadolint('DL3044', 'ENV uses a variable that the same ENV instruction defines'),
  hadolint('DL3045', 'COPY to a relative destination while no WORKDIR is set'),
  hadolint('DL3046', '`useradd` with a high UID and without `-l` (huge lastlog file)'),
  hadolint('DL3047', '`wget` without `--progress` floods the build log'),
  hadolint('DL3048', 'LABEL key is not a valid label key'),
  hadolint('DL3049', 'A label required by the configured label schema is missing'),
  hadolint('DL3050', 'A label outside the configured label schema is present (strict labels)'),
  hadolint('DL3051', 'A label of the configured schema is empty'),
  hadolint('DL3052', 'A label the schema types as URL is not a valid URL'),
  hadolint('DL3053', 'A label the schema types as time is not RFC 3339'),
  hadolint('DL3054', 'A label the schema types as license is not an SPDX identifier'),
  hadolint('DL3055', 'A label the schema types as git hash is not one'),
  hadolint('DL3056', 'A label the schema types as version is not semantic versioning'),
  hadolint('DL3057', 'No HEALTHCHECK instruction'),
  hadolint('DL3058', 'A label the schema types as email is not RFC 5322'),
  hadolint('DL3059', 'Consecutive RUN instructions that could be one'),
  hadolint('DL3060', '`yarn cache clean` missing after `yarn install`'),
  hadolint('DL3061', 'The file does not start with FROM, ARG or a comment'),
  hadolint('DL3062', '`go install` without a pinned `@version`'),
  hadolint('DL3063', 'Stage named with a reserved word'),
  hadolint('DL4000', 'MAINTAINER is deprecated'),
  hadolint('DL4001', 'Both wget and curl are used'),
  hadolint('DL4003', 'More than one CMD'),
  hadolint('DL4004', 'More than one ENTRYPOINT'),
  hadolint('DL4005', 'RUN relinks /bin/sh where SHELL should change the shell'),
  hadolint('DL4006', 'RUN with a pipe and no `pipefail` set by SHELL'),
  {
    tool: 'hadolint',
    id: 'SCxxxx',
    pattern: /^SC\d{4}$/i,
    title: 'ShellCheck findings in RUN scripts, which hadolint forwards',
    url: 'https://github.com/koalaman/shellcheck/wiki',
    reason:
      'These are ShellCheck rules that hadolint runs on RUN scripts and reports under their SC ids; shipshape does not embed ShellCheck. Run ShellCheck itself on the scripts; the shell problems specific to images have their own rules here.',
  },

  // BuildKit: the rule set of frontend/dockerfile/linter/ruleset.go.
  buildkit('StageNameCasing', 'Stage name is not lower case'),
  buildkit('FromAsCasing', 'The casing of AS differs from that of FROM'),
  buildkit('NoEmptyContinuation', 'Empty line inside a continued instruction'),
  buildkit('ConsistentInstructionCasing', 'Instruction keywords mix upper and lower case across the file'),
  buildkit('DuplicateStageName', 'Two stages share a name'),
  buildkit('ReservedStageName', 'Stage named `scratch` or `context`'),
  buildkit('JSONArgsRecommended', 'CMD or ENTRYPOINT in shell form instead of JSON'),
  buildkit('MaintainerDeprecated', 'MAINTAINER is deprecated'),
  buildkit('UndefinedArgInFrom', 'FROM uses an ARG that is not declared before it'),
  buildkit('WorkdirRelativePath', 'Relative WORKDIR with no absolute WORKDIR before it in the build'),
  buildkit('UndefinedVar', 'A variable is used before it is defined'),
  buildkit('MultipleInstructionsDisallowed', 'More than one CMD, ENTRYPOINT or HEALTHCHECK in a stage'),
  buildkit('LegacyKeyValueFormat', 'ENV or LABEL in the legacy `key value` form instead of `key=value`'),
  buildkit('InvalidBaseImagePlatform', 'The base image was pulled for another platform than the build targets', {
    documented: false,
    reason: 'Needs the platform of the image actually pulled from the registry during a build; a static linter only sees the reference.',
  }),
  buildkit('RedundantTargetPlatform', 'FROM --platform=$TARGETPLATFORM, which is the default anyway'),
  buildkit('SecretsUsedInArgOrEnv', 'ARG or ENV name suggests a secret'),
  buildkit('InvalidDefaultArgInFrom', 'A global ARG default makes the FROM image name empty or invalid'),
  buildkit('FromPlatformFlagConstDisallowed', 'FROM --platform set to a constant'),
  buildkit('CopyIgnoredFile', 'COPY or ADD of a file that .dockerignore excludes (experimental)'),
  buildkit('InvalidDefinitionDescription', 'Comment above a stage or ARG is not a `# <name> <description>` description (experimental)'),
  buildkit('ExposeProtoCasing', 'EXPOSE protocol is not lower case'),
  buildkit('ExposeInvalidFormat', 'EXPOSE carries an IP address or a host-port mapping'),

  // Trivy: one entry per checks/docker/*.rego; numbers 3, 18 and 28 have no check file.
  trivy(1, 'FROM image uses `latest`, or no tag at all'),
  trivy(2, 'Image runs as root: no USER, or the last USER is root'),
  trivy(4, 'EXPOSE 22 (SSH)'),
  trivy(5, 'ADD where COPY would do (no archive or URL source)'),
  trivy(6, 'COPY --from names its own stage'),
  trivy(7, 'More than one ENTRYPOINT in a stage'),
  trivy(8, 'EXPOSE port above 65535'),
  trivy(9, 'WORKDIR path is not absolute'),
  trivy(10, '`sudo` in RUN'),
  trivy(11, 'COPY of several sources to a destination that does not end in `/`'),
  trivy(12, 'Two FROMs share an alias'),
  trivy(13, '`cd` in RUN where WORKDIR should change the directory'),
  trivy(14, 'Both wget and curl are used'),
  trivy(15, '`yum clean all` missing after `yum install`'),
  trivy(16, 'More than one CMD in a stage'),
  trivy(17, 'Package index update in a RUN without an install after it'),
  trivy(19, '`dnf clean all` missing after `dnf install`'),
  trivy(20, '`zypper clean` missing after zypper installs'),
  trivy(21, '`apt-get install` without `-y`'),
  trivy(22, 'MAINTAINER is deprecated'),
  trivy(23, 'More than one HEALTHCHECK in a stage'),
  trivy(24, '`apt-get dist-upgrade` in RUN', 'Marked deprecated in trivy-checks.'),
  trivy(25, '`apk add` without `--no-cache`'),
  trivy(26, 'No HEALTHCHECK instruction'),
  trivy(27, '`microdnf clean all` missing after microdnf installs'),
  trivy(29, '`apt-get install` without `--no-install-recommends`'),
  trivy(30, 'WORKDIR under a system directory (/proc, /boot, /dev ...)'),
  trivy(31, 'Secrets in the final stage: credential ARG/ENV names, copied credential files, credential setup in RUN'),
  trivy(32, 'RUN with a pipe and no `pipefail`'),

  // Checkov: checkov/dockerfile/checks (CKV_DOCKER_*) and its graph_checks (CKV2_DOCKER_*).
  checkov('CKV_DOCKER_1', 'EXPOSE 22 (SSH)'),
  checkov('CKV_DOCKER_2', 'No HEALTHCHECK instruction'),
  checkov('CKV_DOCKER_3', 'No USER instruction'),
  checkov('CKV_DOCKER_4', 'ADD used where COPY would do'),
  checkov('CKV_DOCKER_5', 'Package index update without an install in the same RUN'),
  checkov('CKV_DOCKER_6', 'MAINTAINER is deprecated'),
  checkov('CKV_DOCKER_7', 'FROM image uses `latest`, or no tag at all'),
  checkov('CKV_DOCKER_8', 'The last USER is root'),
  checkov('CKV_DOCKER_9', '`apt` used where `apt-get` belongs'),
  checkov('CKV_DOCKER_10', 'WORKDIR path is not absolute'),
  checkov('CKV_DOCKER_11', 'Two FROMs share an alias'),
  checkov('CKV_DOCKER_1005', 'ENV or ARG value looks like a secret (key=, token=, AWS or GitHub keys, JWTs)'),
  checkov('CKV2_DOCKER_1', '`sudo` in RUN'),
  checkov('CKV2_DOCKER_2', 'curl with certificate validation turned off'),
  checkov('CKV2_DOCKER_3', 'wget with certificate validation turned off'),
  checkov('CKV2_DOCKER_4', '`pip --trusted-host` skips certificate validation'),
  checkov('CKV2_DOCKER_5', '`PYTHONHTTPSVERIFY` turns off certificate validation'),
  checkov('CKV2_DOCKER_6', '`NODE_TLS_REJECT_UNAUTHORIZED` turns off certificate validation'),
  checkov('CKV2_DOCKER_7', '`apk --allow-untrusted` installs unsigned packages'),
  checkov('CKV2_DOCKER_8', '`apt-get --allow-unauthenticated` installs unsigned packages'),
  checkov('CKV2_DOCKER_9', '`--nogpgcheck` with dnf, tdnf or yum installs unsigned packages'),
  checkov('CKV2_DOCKER_10', 'rpm with `--nodigest`, `--nosignature`, `--noverify` or `--nofiledigest`'),
  checkov('CKV2_DOCKER_11', '`apt-get --force-yes` skips signature checks and allows downgrades'),
  checkov('CKV2_DOCKER_12', '`NPM_CONFIG_STRICT_SSL` turns off certificate validation'),
  checkov('CKV2_DOCKER_13', 'npm or yarn configured with `strict-ssl false`'),
  checkov('CKV2_DOCKER_14', '`GIT_SSL_NO_VERIFY` turns off certificate validation'),
  checkov('CKV2_DOCKER_15', 'yum or dnf configured with `sslverify` off'),
  checkov('CKV2_DOCKER_16', '`PIP_TRUSTED_HOST` skips certificate validation'),
  checkov('CKV2_DOCKER_17', '`chpasswd` sets or removes passwords in the image'),
  checkov('CKV2_DOCKER_18', '`GOINSECURE` turns off certificate validation for go'),
];
