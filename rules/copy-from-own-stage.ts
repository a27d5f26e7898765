/** copy-from-own-stage: `COPY --from` names the stage the COPY is in. */
import type { Rule } from '../src/engine/types.js';
import { copyFrom } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    name: 'copy-from-own-stage',
    aliases: ['DL3023', 'DS006'],
    severity: 'error',
    category: 'correctness',
    summary: 'COPY --from cannot name the stage it is in',
    fix: null,
    docs: {
      whatItDoes:
        'Reports a `COPY --from` whose value (after ARG substitution) is the name or the index of the stage the `COPY` belongs to. Names are compared without regard to case, as the builder does.',
      whyItMatters: 'A stage cannot copy from itself: the build fails with a dependency cycle. Usually a stage was renamed or the wrong one was named.',
      example: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nCOPY --from=build /out/app /usr/local/bin/app\n',
      exampleFixed: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /usr/local/bin/app\n',
      fix: 'None: the stage that was meant is not knowable.',
    },
  },
  check({ source, report }) {
    for (const stage of source.stages) {
      for (const inst of stage.instructions) {
        const from = copyFrom(inst);
        if (!from || from.ref.kind !== 'stage' || from.ref.stage !== stage) continue;
        report({
          start: from.flag.start,
          end: from.flag.end,
          message: `\`COPY --from=${from.flag.value}\` names the stage this COPY is in: copy from an earlier stage`,
        });
      }
    }
  },
};
