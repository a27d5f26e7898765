/** container-image-unpinned: a container image without a version (no tag, or `latest`). */
import type { ContainerSource } from '../src/engine/container.js';
import type { Document } from '../src/engine/document.js';
import { parseImageRef } from '../src/engine/image.js';
import type { Rule } from '../src/engine/types.js';
import { isLiteralValue } from './lib/secret-names.js';

export const rule: Rule<Document & ContainerSource> = {
  meta: {
    name: 'container-image-unpinned',
    kind: ['compose', 'script'],
    aliases: [],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Pin the container image to a version instead of `latest`',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports images with neither a tag nor a digest, or tagged `latest` without a digest, for containers that run a published image. Services that build their image (`build:`, where `image:` only names the result) and images written with `${VARIABLES}` are not reported. The same check for `FROM` lines is image-tag-missing / image-tag-latest.',
      whyItMatters:
        'An untagged image is `latest`, which moves with every upstream release: a `docker compose pull` or a new host silently runs a different version, and a major upgrade (a database\'s on-disk format) can break the deployment without any change in the repository.',
      example: 'services:\n  cache:\n    image: redis\n',
      exampleFixed: 'services:\n  cache:\n    image: redis:7.4-alpine\n',
      fix: 'Display-only: the version to pin is not in the file. The suggestion shows `image: redis:<version>` with a placeholder to replace by hand; it is never applied.',
    },
  },
  check({ source, report }) {
    for (const c of source.containers) {
      if (!c.image || c.dockerfile !== null || !isLiteralValue(c.image.value)) continue;
      const ref = parseImageRef(c.image.value);
      if (ref.digest !== null || (ref.tag !== null && ref.tag !== 'latest')) continue;
      const bare = ref.tag === null ? c.image.value : c.image.value.slice(0, -':latest'.length);
      const what = ref.tag === null ? 'has no tag, so it is whatever `latest` is today' : 'moves with every release';
      report({ start: c.image.start, end: c.image.end, message: `\`${c.image.value}\` ${what}: pin a version tag or a digest`, data: { container: c.name, image: bare } });
    }
  },
};
