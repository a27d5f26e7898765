/** container-env-secret: a secret written as a literal environment value. */
import { type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import type { Rule } from '../src/engine/types.js';
import { hasUrlPassword, isLiteralValue, isSecretName } from './lib/secret-names.js';

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-env-secret',
    kind: ['compose', 'script'],
    aliases: [],
    severity: 'warning',
    category: 'security',
    summary: 'A secret is written in the environment of the container',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports environment variables whose name says they hold a secret (`*_PASSWORD`, `*_SECRET`, `*_TOKEN`, `*_API_KEY`, `*_PRIVATE_KEY`, ...; not `*_FILE`, `*_USER`, `*_URL` and the like) with a literal value, and any variable whose value is a URL with a password (`postgres://app:s3cret@db/app`). Values taken from the environment (`${DB_PASSWORD}`) and empty values are not reported.',
      whyItMatters:
        'The file is in version control, so the secret is in every clone, fork and CI log of the repository, forever; and environment values are visible to anyone who can run `docker inspect` on the host, and to every process and crash report of the container.',
      example: 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: hunter2\n',
      exampleFixed:
        'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n',
      fix: 'Display-only: move the value to a Compose secret (`secrets:` with a file kept out of version control, mounted at /run/secrets/<name>) and point the application at the file (many images read `*_FILE` variables), or take it from the environment (`${DB_PASSWORD}`). Then rotate the secret: it is in the history.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      for (const env of c.environment) {
        if (!isLiteralValue(env.value)) continue;
        const byName = isSecretName(env.name);
        if (!byName && !hasUrlPassword(env.value)) continue;
        const what = byName ? 'a literal value' : 'a URL with a password';
        report({ start: env.start, end: env.end, message: `\`${env.name}\` of \`${c.name}\` is ${what} in the file: ${spelled(c, `use a Compose secret or \`\${${env.name}}\` from the environment`, `pass \`-e ${env.name}\` without a value (it is then read from the environment) or use a secret store`)}`, data: { name: env.name } });
      }
    }
  },
};
