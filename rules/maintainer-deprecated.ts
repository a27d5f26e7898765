/** maintainer-deprecated: MAINTAINER is deprecated; the author belongs in a `maintainer` label. */
import type { Rule } from '../src/engine/types.js';

export const rule: Rule = {
  meta: {
    name: 'maintainer-deprecated',
    aliases: ['DL4000', 'MaintainerDeprecated', 'DS022', 'CKV_DOCKER_6'],
    severity: 'warning',
    category: 'best-practice',
    summary: 'MAINTAINER is deprecated: use LABEL maintainer',
    fix: 'safe',
    docs: {
      whatItDoes: 'Reports every `MAINTAINER` instruction.',
      whyItMatters:
        '`MAINTAINER` has been deprecated since Docker 1.13 and BuildKit warns about it. It fills the image\'s legacy `Author` field, which registries and tools hardly show; a label is where image metadata lives and where tools look for it.',
      example: 'FROM debian:12-slim\nMAINTAINER Jane Doe <jane@example.com>\nRUN echo hi\n',
      exampleFixed: 'FROM debian:12-slim\nLABEL maintainer="Jane Doe <jane@example.com>"\nRUN echo hi\n',
      fix:
        'Rewrites the instruction as `LABEL maintainer="<the same text>"`, in the casing of the `MAINTAINER` keyword, quoting the value so that it reads back exactly (`"`, `$` and the escape character are escaped). Safe: the author text is kept as image metadata; only the deprecated `Author` field is no longer set. No fix when comment lines sit inside the instruction (they would be lost) or when it has no text. An earlier `LABEL maintainer=...` in the same stage would be overridden by the new label.',
    },
  },
  check({ source, report }) {
    // ONBUILD MAINTAINER is not allowed, so triggers are not looked at.
    for (const inst of source.instructions) {
      if (inst.keyword !== 'MAINTAINER') continue;
      const start = inst.keywordRange.start;
      const end = inst.argsRange?.end ?? inst.keywordRange.end;
      const value = inst.logicalArgs.trim();
      const fixable = value !== '' && source.commentsWithin(start, end).length === 0;
      report({
        start,
        end,
        message: '`MAINTAINER` is deprecated: set a `maintainer` label instead',
        data: fixable ? { keyword: inst.keywordText, value } : { noFix: true },
      });
    }
  },
};
