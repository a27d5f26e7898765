/** copy-from-unknown-stage: `COPY --from` names no earlier stage. */
import type { Rule } from '../src/engine/types.js';
import { copyFrom } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    name: 'copy-from-unknown-stage',
    aliases: ['DL3022'],
    severity: 'warning',
    category: 'correctness',
    summary: 'COPY --from should name a stage defined earlier (or an image with its tag)',
    fix: null,
    docs: {
      whatItDoes:
        'Reports a `COPY --from` whose value (after ARG substitution) is a stage defined later in the file, a stage index with no earlier stage, or a bare word that is no stage name. ' +
        'Values that can only be image references (with `:`, `/` or `@`, such as `--from=ghcr.io/astral-sh/uv:0.8` or `--from=nginx:1.27`) pass, and so do values with a variable that has no value. Names are compared without regard to case, as the builder does. The `COPY`\'s own stage is left to `copy-from-own-stage`.',
      whyItMatters:
        'A `--from` that is no stage name is taken for an image: a misspelt stage (`--from=biuld`) pulls `docker.io/library/biuld:latest` or fails late with a confusing registry error, and a bare image name copies from whatever `latest` is that day. A stage named after the `COPY` is not available yet.',
      example: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=biuld /out/app /usr/local/bin/app\n',
      exampleFixed: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n',
      fix: 'None: whether a stage or an image was meant is not knowable. To copy from an image, name it with its tag (or digest), or give it a stage of its own: `FROM busybox:1.36 AS busybox`.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      for (const inst of stage.instructions) {
        const from = copyFrom(inst);
        if (!from) continue;
        const { ref, flag, value } = from;
        let message: string | null = null;
        if (ref.kind === 'missing-index') message = `\`COPY --from=${value}\`: there is no stage ${ref.index} before this one`;
        else if (ref.kind === 'unknown') message = `\`COPY --from=${value}\` names no stage of this file: name an earlier stage, or write the image with its tag`;
        else if (ref.kind === 'stage' && ref.stage.index > stage.index) {
          message = `\`COPY --from=${value}\` names a stage defined later (line ${ref.stage.from.line + 1}): a stage can only copy from earlier ones`;
        }
        if (message) report({ start: flag.start, end: flag.end, message });
      }
    }
  },
};
