/** invalid-default-arg-in-from: with only the ARG defaults, a FROM image is empty or invalid. */
import { expandVariables } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { isValidImageReference } from './lib/image-reference.js';
import { AUTOMATIC_PLATFORM_ARGS } from './lib/variables.js';

export const rule: Rule = {
  meta: {
    name: 'invalid-default-arg-in-from',
    aliases: ['InvalidDefaultArgInFrom'],
    severity: 'warning',
    category: 'correctness',
    summary: 'A FROM image should be valid with the ARG defaults alone',
    fix: null,
    docs: {
      whatItDoes:
        'Expands each FROM image that holds a variable with the defaults of the ARGs before the first FROM (an ARG without a default is empty; the automatic platform ARGs take the usual values) and reports it when the result is not a valid image reference: empty, `alpine:`, upper case in the path.',
      whyItMatters: 'A plain `docker build` should work. An image that is only valid with `--build-arg` fails for everyone who does not know which argument to pass.',
      example: 'ARG TAG\nFROM alpine:${TAG}\n',
      exampleFixed: 'ARG TAG=3.20\nFROM alpine:${TAG}\n',
      fix: 'None: the default value (or a `${TAG:-3.20}` fallback) is the author\'s choice.',
    },
  },
  check({ source, report }) {
    const stageNames = new Set(source.stages.map((s) => s.name?.toLowerCase()).filter((n) => n !== undefined));
    for (const stage of source.stages) {
      const word = stage.from.args[0];
      if (!word || !word.value.includes('$')) continue;
      const globals = source.variablesAt(stage.from);
      const value = expandVariables(word.value, (name, fallback, op) => {
        const own = globals.get(name);
        const v = own ?? AUTOMATIC_PLATFORM_ARGS.get(name);
        const set = v !== undefined && v !== null;
        if (op === ':-') return set && v !== '' ? v : (fallback ?? '');
        if (op === '-') return set ? v : (fallback ?? '');
        if (op === ':+') return set && v !== '' ? (fallback ?? '') : '';
        if (op === '+') return set ? (fallback ?? '') : '';
        return v ?? '';
      });
      if (stageNames.has(value.toLowerCase()) || isValidImageReference(value)) continue;
      report({
        start: word.start,
        end: word.end,
        message: `With the ARG defaults, \`${word.value}\` becomes ${value === '' ? 'empty' : `\`${value}\``}, not a valid image: give the ARG a default`,
      });
    }
  },
};
