/** undefined-arg-in-from: a variable in FROM that no ARG before the first FROM declares. */
import type { Rule } from '../src/engine/types.js';
import { nearestName } from './lib/suggest.js';
import { AUTOMATIC_PLATFORM_ARGS, declaredNames, variableReferences } from './lib/variables.js';

export const rule: Rule = {
  meta: {
    name: 'undefined-arg-in-from',
    aliases: ['UndefinedArgInFrom'],
    severity: 'warning',
    category: 'correctness',
    summary: 'FROM should only use ARGs declared before the first FROM',
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Reports variables in a FROM image or `--platform` that no ARG before the first FROM declares and that are not one of the builder\'s automatic platform ARGs (`TARGETPLATFORM`, `BUILDARCH` ...). Variables with a default (`${TAG:-3.20}`) are not reported.',
      whyItMatters:
        'FROM only sees the global ARGs. An ARG declared inside a stage, or a typo, expands to an empty string, so `FROM node:${NODE_VERSON}` pulls `node:` and fails, or silently pulls another image.',
      example: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSON}-slim\n',
      exampleFixed: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\n',
      fix: 'Display-only: when a declared name is close (a typo), suggests it. Otherwise the ARG has to be declared before the first FROM, with a default, which only the author can choose.',
    },
  },
  check({ source, report }) {
    const declared = new Set<string>(AUTOMATIC_PLATFORM_ARGS.keys());
    for (const arg of source.globalArgs) for (const [name] of declaredNames(arg)) declared.add(name);
    for (const stage of source.stages) {
      const from = stage.from;
      const ranges = [from.args[0], from.flag('platform')?.valueRange].filter((r) => r !== undefined && r !== null);
      for (const range of ranges) {
        for (const ref of variableReferences(source, range.start, range.end)) {
          if (declared.has(ref.name) || ref.operator !== null) continue;
          const suggestion = nearestName(ref.name, declared);
          const nameStart = ref.start + (source.text[ref.start + 1] === '{' ? 2 : 1);
          report({
            start: ref.start,
            end: ref.end,
            message: `\`${ref.name}\` is not declared by an ARG before the first FROM${suggestion ? ` (did you mean \`${suggestion}\`?)` : ': declare it there with a default'}`,
            data: suggestion ? { suggestion, nameStart, nameEnd: nameStart + ref.name.length } : { noFix: true },
          });
        }
      }
    }
  },
};
