/**
 * secret-in-env-arg-label: secrets put in ARG, ENV or LABEL, where they stay in the image's
 * configuration or history. Found by name (BuildKit's SecretsUsedInArgOrEnv rule) and by the
 * shape of the value (private keys, cloud and forge tokens).
 */
import type { Instruction, Property } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

/** BuildKit's words: a name is a secret's when one of its `_`-separated parts is one of these... */
const SECRET_WORDS: ReadonlySet<string> = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);
/** ...and none of its parts is one of these. */
const ALLOWED_WORDS: ReadonlySet<string> = new Set(['public', 'file', 'version']);

/** Values that are secrets whatever the name. Each pattern is linear (no nested quantifiers). */
const SECRET_SHAPES: readonly { readonly what: string; readonly pattern: RegExp }[] = [
  { what: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/ },
  { what: 'an AWS access key ID', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { what: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})/ },
  { what: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20}/ },
  { what: 'a Slack token', pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/ },
  { what: 'a Slack webhook URL', pattern: /hooks\.slack\.com\/services\/T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]+/ },
  { what: 'an npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { what: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { what: 'a Stripe secret key', pattern: /\b[sr]k_live_[0-9A-Za-z]{24,}/ },
  // `scheme://user:password@host`; a password that is a `$VARIABLE` is not a literal secret.
  { what: 'a URL with a password', pattern: /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:@$]+:[^/\s@$]+@/ },
];

/** BuildKit's name test (SecretsUsedInArgOrEnv). */
export function isSecretName(name: string): boolean {
  const parts = name.toLowerCase().split('_');
  return parts.some((p) => SECRET_WORDS.has(p)) && !parts.some((p) => ALLOWED_WORDS.has(p));
}

/** All the shapes in one pattern: most values match none, and one test is cheaper than ten. */
const ANY_SHAPE = new RegExp(SECRET_SHAPES.map((s) => `(?:${s.pattern.source})`).join('|'));

function secretShape(value: string): string | null {
  if (!ANY_SHAPE.test(value)) return null;
  return SECRET_SHAPES.find((s) => s.pattern.test(value))?.what ?? null;
}

/** A build-secret id for a variable: its name in lower case (`GITHUB_TOKEN` -> `github_token`). */
function secretId(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
}

function checkProperty(inst: Instruction, p: Property, report: (r: { start: number; end: number; message: string; severity?: 'error'; data: Record<string, unknown> }) => void): void {
  const kind = inst.keyword;
  const shape = p.value ? secretShape(p.value) : null;
  if (!shape && (kind === 'LABEL' || !isSecretName(p.name))) return;
  const id = secretId(p.name);
  const mount = `RUN --mount=type=secret,id=${id},env=${p.name} <command>`;
  const data = { id, name: p.name, keyword: kind };
  if (shape) {
    const where = kind === 'LABEL' ? `The label \`${p.name}\`` : `\`${kind} ${p.name}\``;
    const what = kind === 'LABEL' ? 'revoke it and remove the label' : `revoke it and pass a new one as a build secret (\`${mount}\`)`;
    report({ start: p.start, end: p.end, message: `${where} holds what looks like ${shape}, readable by anyone with the image: ${what}`, severity: 'error', data });
  } else {
    report({ start: p.start, end: p.end, message: `\`${kind} ${p.name}\` looks like a secret, and ${kind} values stay in the image: use a secret mount (\`${mount}\`)`, data });
  }
}

export const rule: Rule = {
  meta: {
    name: 'secret-in-env-arg-label',
    aliases: ['SecretsUsedInArgOrEnv', 'DS031', 'AVD-DS-0031', 'CKV_DOCKER_1005', 'dockerfile.security.secret-in-build-arg.secret-in-build-arg'],
    severity: 'warning',
    category: 'security',
    summary: 'Do not put secrets in ARG, ENV or LABEL',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports ARG and ENV variables (in every stage and ONBUILD trigger; ARGs before the first FROM are left out, as BuildKit does) whose name reads like a secret, by BuildKit\'s rule: one of its `_`-separated parts is `apikey`, `auth`, `credential(s)`, `key`, `password`, `pword`, `passwd`, `secret` or `token` (any case), and none is `public`, `file` or `version` (so `PASSWORD_FILE` and `PUBLIC_KEY` pass). An `ARG` without a default counts too: its value comes from `--build-arg` and ends up in the build history all the same. Separately, and as an error, it reports ARG, ENV and LABEL values shaped like real secrets whatever the name: private key blocks, AWS access key IDs, GitHub, GitLab, Slack, npm, Google and Stripe keys and tokens, and URLs with a literal password (`postgres://app:hunter2@db/app`). Messages never repeat the value.',
      whyItMatters:
        'ENV values and labels are stored in the image configuration, and ARG values in its history (`docker history`, `docker image inspect`, any registry UI): everyone who can pull the image can read them, and they outlive the build in caches and registries. A build secret (`RUN --mount=type=secret`) is available to the one RUN that needs it and is never written to the image.',
      example: 'FROM node:20-alpine\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n',
      exampleFixed: 'FROM node:20-alpine\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\\n    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc\n',
      fix:
        'Display-only: the finding shows the secret mount to use instead, `RUN --mount=type=secret,id=<name>,env=<NAME> <command>` (the `env=` form needs Dockerfile syntax 1.10 or newer; with older syntax read the file with `$(cat /run/secrets/<name>)`), built with `docker build --secret id=<name>,env=<NAME>`. Which RUNs need the secret, and whether the running container needs it at all (then it belongs in the runtime environment, not the image), is yours to decide. A value that looks like a real secret has been exposed already: revoke it.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'ARG' && inst.keyword !== 'ENV' && inst.keyword !== 'LABEL') continue;
      // BuildKit does not check the ARGs before the first FROM (they only reach FROM lines).
      if ((inst.parent ?? inst).stage === null) continue;
      for (const p of inst.properties) checkProperty(inst, p, report);
    }
  },
};
