/** expose-port-out-of-range: EXPOSE names a port above 65535 or a range that runs backwards. */
import type { Rule } from '../src/engine/types.js';

const MAX_PORT = 65535;

/** The problem with one EXPOSE word (`80`, `80/tcp`, `8000-8010/udp`), or null; non-numeric words are left alone. */
function portProblem(word: string): string | null {
  const m = /^(\d+)(?:-(\d+))?(?:\/[A-Za-z]+)?$/.exec(word);
  if (!m) return null;
  const low = Number(m[1]);
  const high = m[2] === undefined ? low : Number(m[2]);
  if (low > MAX_PORT || high > MAX_PORT) return `Port \`${word}\` is out of range: ports go from 0 to ${MAX_PORT}`;
  if (high < low) return `Port range \`${word}\` runs backwards: write the lower port first`;
  return null;
}

export const rule: Rule = {
  meta: {
    name: 'expose-port-out-of-range',
    aliases: ['DL3011', 'DS008'],
    severity: 'error',
    category: 'correctness',
    summary: 'EXPOSE ports must be between 0 and 65535',
    fix: null,
    docs: {
      whatItDoes:
        'Reports EXPOSE ports and port ranges (ONBUILD EXPOSE included) with a number above 65535, and ranges whose end is below their start. Variables are filled in from ARG and ENV defaults; words that still hold a variable without a value are skipped.',
      whyItMatters: 'No TCP or UDP port lies above 65535: the build fails on such a port, and a typo (`80800`) is the usual cause.',
      example: 'FROM nginx:1.27\nEXPOSE 80800\n',
      exampleFixed: 'FROM nginx:1.27\nEXPOSE 8080\n',
      fix: 'None: the intended port is not knowable.',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'EXPOSE') continue;
      for (const word of inst.args) {
        const resolved = word.value.includes('$') ? source.resolve(word.value, inst) : { value: word.value, complete: true };
        if (!resolved.complete) continue;
        const problem = portProblem(resolved.value.replace(/^["']|["']$/g, ''));
        if (problem) report({ start: word.start, end: word.end, message: problem });
      }
    }
  },
};
