/** undefined-var: a variable used in a Dockerfile-level word that no ARG or ENV before it defines. */
import type { Instruction, Stage } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import { nearestName } from './lib/suggest.js';
import { nonWordRanges, variableReferences } from './lib/variables.js';

/** Instructions whose words the builder expands itself (RUN, CMD and ENTRYPOINT leave that to the shell). */
const EXPANDED: ReadonlySet<string> = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG']);

/** Always set in a stage (BuildKit adds a default PATH), or read by the builder itself. */
const ALWAYS: ReadonlySet<string> = new Set(['PATH', 'BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

/** Whether the stage's chain starts from `scratch`, so no variable can come from a base image. */
function fromScratch(stage: Stage): boolean {
  const root = stage.rootImage;
  return root !== null && root.registry === null && root.repository === 'scratch';
}

export const rule: Rule = {
  meta: {
    name: 'undefined-var',
    aliases: ['UndefinedVar'],
    severity: 'warning',
    category: 'correctness',
    summary: 'Variables should be defined (ARG or ENV) before they are used',
    fix: 'display-only',
    status: 'preview',
    defaultOptions: { baseImageVariables: [] },
    docs: {
      whatItDoes:
        'Reports `$NAME` and `${NAME}` in the words the builder expands (ADD, COPY, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR and ARG defaults) when no earlier ARG or ENV of the stage, or of the stages it builds on, defines the name. `PATH` is always defined; variables with a default (`${NAME:-x}`), in single quotes or escaped are not reported; RUN, CMD and ENTRYPOINT are left to the shell. A global ARG must be declared again inside the stage to be visible there. Preview: the base image\'s ENV is not known, so a variable it sets (`JAVA_HOME`) is reported at `info` unless a defined name is close enough to be a typo; list such names in `baseImageVariables`.',
      whyItMatters:
        'An undefined variable expands to an empty string without an error: `COPY $SRC_DIR /app` copies the whole context, `ENV PATH=$PAHT:/app/bin` wipes PATH. BuildKit warns about it.',
      example: 'FROM alpine:3.20\nARG APP_DIR=/srv/app\nWORKDIR $APP_DIRR\n',
      exampleFixed: 'FROM alpine:3.20\nARG APP_DIR=/srv/app\nWORKDIR $APP_DIR\n',
      fix: 'Display-only: when a defined name is close (a typo), suggests it. Otherwise an ARG or ENV is missing, and its value is the author\'s choice.',
      options: { baseImageVariables: 'Names the base images are known to set (`JAVA_HOME`, `NODE_VERSION`); never reported.' },
    },
  },
  check({ source, options, report }) {
    const known = new Set<string>([...ALWAYS, ...(Array.isArray(options.baseImageVariables) ? (options.baseImageVariables as string[]) : [])]);
    for (const stage of source.stages) {
      const scratch = fromScratch(stage);
      for (const inst of stage.instructions) {
        if (!EXPANDED.has(inst.keyword)) continue;
        const defined = source.variablesAt(inst);
        for (const ref of variableReferences(source, inst.keywordRange.end, inst.end, nonWordRanges(inst))) {
          if (ref.operator !== null || known.has(ref.name) || defined.has(ref.name) || declaredEarlierInArg(inst, ref.name, ref.start)) continue;
          const suggestion = nearestName(ref.name, [...defined.keys(), 'PATH']);
          const nameStart = ref.start + (source.text[ref.start + 1] === '{' ? 2 : 1);
          report({
            start: ref.start,
            end: ref.end,
            severity: scratch || suggestion ? 'warning' : 'info',
            message: `\`$${ref.name}\` is not defined by an ARG or ENV before it${suggestion ? ` (did you mean \`$${suggestion}\`?)` : scratch ? ': declare it' : ': declare it, unless the base image sets it'}`,
            data: suggestion ? { suggestion, nameStart, nameEnd: nameStart + ref.name.length } : { noFix: true },
          });
        }
      }
    }
  },
};

/** `ARG A=1 B=$A`: the builder defines ARGs one after the other, so B sees A. */
function declaredEarlierInArg(inst: Instruction, name: string, at: number): boolean {
  if (inst.keyword !== 'ARG') return false;
  const node = inst.node as { getProperties?: () => { getName(): string; getRange(): { end: { line: number; character: number } } }[] };
  return (node.getProperties?.call(inst.node) ?? []).some((p) => p.getName() === name && inst.source.offsetOf(p.getRange().end) <= at);
}
