/**
 * invalid-definition-description: a comment right above a named stage or an ARG that does
 * not start with that name (BuildKit's experimental InvalidDefinitionDescription).
 */
import type { Instruction, SourceFile } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';

/** The name an instruction defines: the stage name of `FROM ... AS name`, or an ARG's first name. */
function definedName(inst: Instruction): string | null {
  if (inst.keyword === 'FROM') return inst.stage?.from === inst ? inst.stage.name : null;
  if (inst.keyword === 'ARG') {
    const first = inst.args[0]?.value;
    return first ? (first.split('=')[0] ?? null) : null;
  }
  return null;
}

/** The comment on the line right above an instruction, or undefined. */
function commentAbove(source: SourceFile, inst: Instruction): { start: number; end: number; content: string } | undefined {
  const line = inst.line - 1;
  if (line < 0) return undefined;
  return source.comments.find((c) => source.lines.lineOf(c.start) === line);
}

export const rule: Rule = {
  meta: {
    name: 'invalid-definition-description',
    aliases: ['InvalidDefinitionDescription'],
    severity: 'info',
    category: 'style',
    summary: 'A comment right above a stage or ARG does not describe it in the `# <name> <description>` form',
    fix: null,
    status: 'preview',
    defaultEnabled: false,
    docs: {
      whatItDoes:
        'Reports a comment on the line right above `FROM ... AS <name>` or `ARG <name>` that does not begin with that name. BuildKit\'s `--call=outline` and `--call=targets` print such comments as the stage\'s or argument\'s description. Off by default and in preview, as the check is experimental in BuildKit.',
      whyItMatters: 'A stray comment becomes the documented description of a build target or argument in `docker buildx build --call=outline`, which misleads whoever reads it.',
      example: 'FROM alpine:3.20\n# the version to ship\nARG VERSION=1\n',
      exampleFixed: 'FROM alpine:3.20\n# VERSION the version to ship\nARG VERSION=1\n',
      fix: 'None: either begin the comment with the name, or put an empty line between the comment and the instruction when it is not a description.',
    },
  },
  check({ source, report }) {
    for (const inst of source.instructions) {
      const name = definedName(inst);
      if (!name) continue;
      const comment = commentAbove(source, inst);
      if (!comment || comment.content.split(/\s+/)[0] === name) continue;
      report({ start: comment.start, end: comment.end, message: `This comment describes \`${name}\` in \`docker build --call=outline\`: start it with \`${name}\`, or leave an empty line after it` });
    }
  },
};
