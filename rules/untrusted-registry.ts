/** untrusted-registry: a FROM (or COPY --from) image comes from a registry outside the configured list. */
import { type ImageRef, parseImageRef } from '../src/engine/image.js';
import type { Rule } from '../src/engine/types.js';
import { copyFrom } from './lib/stages.js';

/** The configured registries, lower-cased; `*` matches any run of characters (`*.example.com`). */
function registryList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim().toLowerCase()) : [];
}

function matches(pattern: string, registry: string): boolean {
  if (!pattern.includes('*')) return pattern === registry;
  const parts = pattern.split('*');
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    const found = i === 0 ? (registry.startsWith(part) ? 0 : -1) : registry.indexOf(part, at);
    if (found === -1) return false;
    at = found + part.length;
  }
  return parts[parts.length - 1] === '' || registry.endsWith(parts[parts.length - 1] as string);
}

/** Docker Hub images have no registry in their reference; `docker.io` or `hub.docker.com` in the list allows them. */
function allowed(ref: ImageRef, trusted: readonly string[]): boolean {
  if (ref.registry === null) {
    return ref.repository === 'scratch' || trusted.some((t) => matches(t, 'docker.io') || matches(t, 'hub.docker.com'));
  }
  const registry = ref.registry.toLowerCase();
  return trusted.some((t) => matches(t, registry));
}

export const rule: Rule = {
  meta: {
    name: 'untrusted-registry',
    aliases: ['DL3026'],
    severity: 'error',
    category: 'security',
    summary: 'Base images must come from a trusted registry',
    fix: null,
    defaultOptions: { trustedRegistries: [] },
    docs: {
      whatItDoes:
        'When `trustedRegistries` is set, reports FROM images whose registry is not in the list, and `COPY --from` values that are image references (hadolint checks FROM only). Docker Hub images (`node:20`, `docker.io/library/node`) count as `docker.io`; `scratch` and earlier stages always pass; references with a variable that has no value are skipped. Inactive while the list is empty (the default).',
      whyItMatters: 'An organisation that mirrors and scans its base images wants every build to pull from those mirrors; an image from elsewhere bypasses the scanning and may vanish or change.',
      example: 'FROM node:20-slim\n',
      exampleOptions: { trustedRegistries: ['registry.example.com'] },
      exampleFixed: 'FROM registry.example.com/mirror/node:20-slim\n',
      fix: 'None: the mirror\'s path for an image is not knowable.',
      options: {
        trustedRegistries: 'Registry hosts to allow, as in the image reference (`registry.example.com`, `localhost:5000`, `docker.io` for Docker Hub); `*` matches any characters (`*.gcr.io`). Empty: the rule does nothing.',
      },
    },
  },
  check({ source, options, report }) {
    const trusted = registryList(options.trustedRegistries);
    if (trusted.length === 0) return;
    for (const stage of source.stages) {
      const word = stage.from.args[0];
      if (stage.image && word && !allowed(stage.image, trusted)) {
        report({ start: word.start, end: word.end, message: `\`${stage.image.raw}\` comes from ${stage.image.registry ?? 'docker.io'}, which is not a trusted registry` });
      }
      for (const inst of stage.instructions) {
        const from = copyFrom(inst);
        if (!from || from.ref.kind !== 'image') continue;
        const ref = parseImageRef(from.value);
        if (!allowed(ref, trusted)) report({ start: from.flag.start, end: from.flag.end, message: `\`${from.value}\` comes from ${ref.registry ?? 'docker.io'}, which is not a trusted registry` });
      }
    }
  },
};
