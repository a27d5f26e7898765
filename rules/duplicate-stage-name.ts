/** duplicate-stage-name: two FROM instructions name their stage alike. */
import type { Rule } from '../src/engine/types.js';
import { stageNameWord } from './lib/stages.js';

export const rule: Rule = {
  meta: {
    name: 'duplicate-stage-name',
    aliases: ['DL3024', 'DS012', 'CKV_DOCKER_11', 'DuplicateStageName'],
    severity: 'error',
    category: 'correctness',
    summary: 'Stage names (FROM ... AS name) must be unique',
    fix: null,
    docs: {
      whatItDoes:
        'Reports a `FROM ... AS name` whose name an earlier stage already has. Names are compared without regard to case, as the builder compares them (hadolint compares them case-sensitively and misses `AS Build` after `AS build`).',
      whyItMatters:
        'BuildKit refuses the file: a later `COPY --from=name` or `FROM name` could not tell which stage is meant. Older builders silently picked one, so copies came from the wrong stage.',
      example: 'FROM golang:1.22 AS build\nRUN go build -o /out/api ./cmd/api\nFROM node:20 AS build\nRUN npm ci && npm run build\n',
      exampleFixed: 'FROM golang:1.22 AS build-api\nRUN go build -o /out/api ./cmd/api\nFROM node:20 AS build-web\nRUN npm ci && npm run build\n',
      fix: 'None: which references should follow a renamed stage is the author\'s call.',
    },
  },
  check({ source, report }) {
    const seen = new Map<string, number>();
    for (const stage of source.stages) {
      const word = stageNameWord(stage);
      if (!word || stage.name === null) continue;
      const key = stage.name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, stage.from.line + 1);
        continue;
      }
      report({ start: word.start, end: word.end, message: `Stage name \`${word.value}\` is already used by the stage on line ${first}: give each stage its own name` });
    }
  },
};
