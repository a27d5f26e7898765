/** label-missing: a stage that can become an image lacks a label the schema requires. */
import type { Stage } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { labelPairs, labelSchema } from './lib/labels.js';
import { copyFrom } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    name: 'label-missing',
    aliases: ['DL3049'],
    severity: 'info',
    category: 'best-practice',
    summary: 'A stage lacks a label the label schema requires',
    fix: null,
    defaultOptions: { labelSchema: {} },
    docs: {
      whatItDoes:
        'When `labelSchema` is set, reports at its FROM each stage that sets none of a schema label, counting labels of the stages it is built on. Stages that only serve other stages (named in a `COPY --from`, or the base of another stage) are not reported: they never become the image. hadolint exempts only the first kind.',
      whyItMatters: 'Teams that rely on labels (owner, source repository, licence) to route alerts or audit images need every image to carry them; a missing label is found at review, not in production.',
      example: 'FROM alpine:3.20\nLABEL maintainer="team@example.com"\n',
      exampleOptions: { labelSchema: { maintainer: 'email', 'org.opencontainers.image.source': 'url' } },
      exampleFixed: 'FROM alpine:3.20\nLABEL maintainer="team@example.com" org.opencontainers.image.source="https://github.com/example/app"\n',
      fix: 'None: the label\'s value is not knowable.',
      options: {
        labelSchema: 'Required labels and their format: `{ "org.opencontainers.image.source": "url", "maintainer": "email" }`; formats are `text`, `url`, `spdx`, `hash`, `rfc3339`, `semver`, `email` (hadolint\'s `label-schema`). Empty: the rule does nothing.',
      },
    },
  },
  check({ source, options, report }) {
    const schema = labelSchema(options.labelSchema);
    if (schema.size === 0) return;
    const intermediate = new Set<Stage>();
    for (const stage of source.stages) {
      if (stage.baseStage) intermediate.add(stage.baseStage);
      for (const inst of stage.instructions) {
        const from = copyFrom(inst);
        if (from?.ref.kind === 'stage') intermediate.add(from.ref.stage);
      }
    }
    for (const stage of source.stages) {
      if (intermediate.has(stage)) continue;
      const present = new Set(stage.chain.flatMap((s) => s.instructions.flatMap((i) => labelPairs(i).map((p) => p.key))));
      for (const name of schema.keys()) {
        if (present.has(name)) continue;
        report({ start: stage.from.keywordRange.start, end: stage.from.argsRange?.end ?? stage.from.keywordRange.end, message: `Label \`${name}\` is missing from this stage: the label schema requires it` });
      }
    }
  },
};
