/** redundant-target-platform: `FROM --platform=$TARGETPLATFORM` says what the builder does anyway. */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'redundant-target-platform',
    aliases: ['RedundantTargetPlatform'],
    severity: 'info',
    category: 'best-practice',
    summary: '`FROM --platform=$TARGETPLATFORM` is the default and can go',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`), unless an ARG before the first FROM gives `TARGETPLATFORM` a default of its own.',
      whyItMatters: 'A stage is built for the target platform unless told otherwise, so the flag adds nothing but the suggestion that it does something.',
      example: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN apk add --no-cache curl\n',
      exampleFixed: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
      fix: 'Removes the flag. Safe: the stage is built for the same platform.',
    },
  },
  check({ source, report }) {
    const globals = source.stages[0] ? source.variablesAt(source.stages[0].from) : new Map<string, string | null>();
    if (globals.get('TARGETPLATFORM')) return;
    for (const stage of source.stages) {
      const flag = stage.from.flag('platform');
      if (!flag?.value) continue;
      if (!/^("?)(\$TARGETPLATFORM|\$\{TARGETPLATFORM\})\1$/.test(flag.value)) continue;
      report({ start: flag.start, end: flag.end, message: '`--platform=$TARGETPLATFORM` is the default: remove it' });
    }
  },
};
