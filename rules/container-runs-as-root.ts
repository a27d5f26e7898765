/**
 * container-runs-as-root: a container whose processes run as root, because neither the
 * service (`user:`) nor its image sets another user. The image's user comes from the
 * Dockerfile the service builds (its final stage) or from the base-image table.
 */
import { parseImageRef } from '../src/engine/image.js';
import { type Container, type ContainerSource, spelled } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import { SourceFile } from '../src/engine/source.js';
import type { LintSettings, Rule } from '../src/engine/types.js';
import { entrypointDropsPrivileges, lookupImage } from './data/images.js';
import { isLiteralValue } from './lib/secret-names.js';
import { createdUser, isRootUser, userAt } from './lib/user.js';

/** The user a fix sets when neither the Dockerfile nor the image offers one: high, so it matches no host account. */
export const FALLBACK_USER = '10001:10001';

/** Who the image runs as: root (with a non-root user to switch to, if one is known), not root, or unknown. */
type ImageUser = { readonly root: false } | { readonly root: true; readonly suggestion: string | null; readonly from: string } | null;

function dockerfileUser(path: string, settings: LintSettings): ImageUser {
  const text = settings.readContextFile(path);
  if (text === null) return null;
  const source = new SourceFile(path, text);
  const stage = source.finalStage;
  if (!stage) return null;
  const user = userAt(source, stage, null, settings);
  if (user.root !== true) return user.root === false ? { root: false } : null;
  if (!user.from && entrypointDropsPrivileges(stage.rootImage)) return { root: false };
  const suggestion = createdUser(source, stage) ?? lookupImage(stage.rootImage, settings.images)?.availableUser ?? null;
  return { root: true, suggestion, from: `\`${path}\`` };
}

function imageUser(image: string, settings: LintSettings): ImageUser {
  if (!isLiteralValue(image)) return null;
  const ref = parseImageRef(image);
  // Database and cache images start as root and drop to their own user in their entrypoint.
  if (entrypointDropsPrivileges(ref)) return { root: false };
  const fact = lookupImage(ref, settings.images);
  if (fact?.nonRoot) return { root: false };
  return { root: true, suggestion: fact?.availableUser ?? null, from: `\`${image}\`` };
}

function userOf(c: Container, settings: LintSettings): ImageUser {
  if (c.dockerfile !== null) return dockerfileUser(c.dockerfile, settings);
  return c.image ? imageUser(c.image.value, settings) : null;
}

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-runs-as-root',
    kind: ['compose', 'script'],
    aliases: [],
    severity: 'warning',
    category: 'security',
    summary: 'The container runs as root',
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Reports containers that run as root: `user:` is root, or it is unset and the image runs as root. The image\'s user is the final `USER` of the Dockerfile the service builds (`build:`), else what the base-image table knows about `image:`; images missing from the table count as running as root. ' +
        'Images whose entrypoint drops to a service user (postgres, mysql, redis, ...) are not reported, nor are users or images written with `${VARIABLES}`, nor services whose Dockerfile cannot be read.',
      whyItMatters:
        'Root in a container is root on the host\'s kernel: a process that escapes (a kernel bug, a mounted socket, a writable host path) is root on the host, and inside the container it can rewrite the application and its libraries. A non-root user contains most of that.',
      example: 'services:\n  web:\n    image: node:20-bookworm-slim\n    command: ["node", "server.js"]\n',
      exampleFixed: 'services:\n  web:\n    image: node:20-bookworm-slim\n    command: ["node", "server.js"]\n    user: "node"\n',
      fix:
        'Adds `user:` with the non-root user the service\'s Dockerfile creates (`useradd`/`adduser`), else the one its image ships (`node`, `nonroot`, `app`...), else `"10001:10001"`. Unsafe: the application may need to write to paths the new user does not own, or bind a port below 1024. No fix when `user:` explicitly says root.',
    },
  },
  check({ source, report, settings }) {
    for (const c of source.containers) {
      if (c.user) {
        if (isLiteralValue(c.user.value) && isRootUser(c.user.value)) {
          report({ start: c.user.start, end: c.user.end, message: `\`${c.name}\` runs as root (${spelled(c, `\`user: ${c.user.value}\``, `\`--user ${c.user.value}\``)}): run it as a non-root user`, data: { noFix: true } });
        }
        continue;
      }
      const user = userOf(c, settings);
      if (!user?.root) continue;
      report({
        start: c.anchor.start,
        end: c.anchor.end,
        message: `\`${c.name}\` runs as root (${user.from} sets no other user): set ${spelled(c, '`user:`', '`--user`')} to a non-root user`,
        data: { container: c.name, user: user.suggestion ?? FALLBACK_USER },
      });
    }
  },
};
