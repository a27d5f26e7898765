/** image-tag-missing: FROM an image without a tag or digest, which means whatever `latest` is today. */
import type { Rule } from '../src/engine/types.js';
import { externalImages } from './lib/base-image.js';

export const rule: Rule = {
  meta: {
    name: 'image-tag-missing',
    aliases: ['DL3006', 'DS001', 'CKV_DOCKER_7'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Tag the base image with an explicit version',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports `FROM` images with neither a tag nor a digest, after ARG substitution. `scratch`, earlier stages and references that use an ARG without a value are not reported.',
      whyItMatters:
        'An untagged image is `latest`: the same Dockerfile builds on a different base whenever upstream publishes, so builds stop being reproducible and a new major version can break them without any change in the repository.',
      example: 'FROM node\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
      exampleFixed: 'FROM node:20.18-bookworm-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n',
      fix:
        'Display-only: the version to pin is not in the file. The suggestion shows the shape, `FROM node:<version>`, with `<version>` as a placeholder to replace by hand; it is never applied. No suggestion when the image is written with a variable.',
    },
  },
  check({ source, report }) {
    for (const { word, ref } of externalImages(source)) {
      if (ref.tag !== null || ref.digest !== null) continue;
      report({
        start: word.start,
        end: word.end,
        message: `\`${ref.raw}\` has no tag, so it is whatever \`latest\` is today: pin a version tag or a digest`,
        data: word.value.includes('$') ? { noFix: true } : { image: word.value },
      });
    }
  },
};
