/** image-tag-latest: FROM an image tagged `latest`, a tag that moves with every release. */
import type { Rule } from '../src/engine/types.js';
import { externalImages } from './lib/base-image.js';

export const rule: Rule = {
  meta: {
    name: 'image-tag-latest',
    aliases: ['DL3007', 'DS001', 'CKV_DOCKER_7'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'Pin the base image to a version instead of `latest`',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports `FROM` images tagged `latest`, after ARG substitution. An image pinned by digest (`node:latest@sha256:...`) is not reported, nor are references that use an ARG without a value.',
      whyItMatters:
        '`latest` points at a different image after every upstream release: builds stop being reproducible, and a new major version can break them without any change in the repository.',
      example: 'FROM python:latest\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
      exampleFixed: 'FROM python:3.12-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
      fix:
        'Display-only: the version to pin is not in the file. The suggestion replaces `latest` with a `<version>` placeholder to fill in by hand; it is never applied. No suggestion when the tag comes from a variable.',
    },
  },
  check({ source, report }) {
    for (const { word, ref } of externalImages(source)) {
      if (ref.tag !== 'latest' || ref.digest !== null) continue;
      report({
        start: word.start,
        end: word.end,
        message: `\`${ref.raw}\` moves with every release: pin a version tag or a digest`,
        data: word.value.endsWith(':latest') ? { image: word.value.slice(0, -':latest'.length) } : { noFix: true },
      });
    }
  },
};
