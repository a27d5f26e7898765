/** wget-and-curl: a stage that downloads with both wget and curl carries two tools for one job. */
import type { Stage } from '../src/engine/source.js';
import type { Rule } from '../src/engine/types.js';
import type { ShellWord } from '../src/shell/types.js';
import { runCommands } from './lib/shell.js';

export const rule: Rule = {
  meta: {
    name: 'wget-and-curl',
    aliases: ['DL4001', 'DS014', 'AVD-DS-0014'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Use either wget or curl in a stage, not both',
    fix: null,
    docs: {
      whatItDoes:
        'Reports a stage whose RUNs run both `wget` and `curl` (installing them does not count, only running them), once, on the first use of the tool that came second. ONBUILD triggers are looked at on their own, as they run in a later image. hadolint reports every RUN that uses either tool once both were seen.',
      whyItMatters:
        'Both do the same job here. Each is one more package to install, patch and scan, with its own TLS stack and defaults (curl does not fail on HTTP errors without `-f`; wget does). Using one keeps the image smaller and the download steps uniform. Info severity: it is a tidiness rule, and one tool often comes with the base image anyway.',
      example: 'FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN wget -q https://example.com/b.tar.gz\n',
      exampleFixed: 'FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tar.gz\nRUN curl -fsSLO https://example.com/b.tar.gz\n',
      fix: 'No automatic fix: their options differ too much for a mechanical rewrite (`wget -O file url` is `curl -fsSL -o file url`, and failure behaviour differs).',
    },
  },
  check({ source, report }) {
    // First use of each tool per stage; ONBUILD triggers form their own group.
    const groups = new Map<Stage, { wget?: ShellWord; curl?: ShellWord; reported?: boolean }>();
    const triggerGroups = new Map<Stage, { wget?: ShellWord; curl?: ShellWord; reported?: boolean }>();
    for (const command of runCommands(source)) {
      const { name, inst } = command;
      if ((name !== 'wget' && name !== 'curl') || !inst.stage) continue;
      const byStage = inst.parent ? triggerGroups : groups;
      const group = byStage.get(inst.stage) ?? {};
      byStage.set(inst.stage, group);
      if (group[name]) continue;
      const word = command.cmd.words[command.at] as ShellWord;
      group[name] = word;
      const other = name === 'wget' ? group.curl : group.wget;
      if (!other || group.reported) continue;
      group.reported = true;
      const otherName = name === 'wget' ? 'curl' : 'wget';
      report({
        start: word.start,
        end: word.end,
        message: `This stage also downloads with \`${otherName}\` (line ${source.lines.lineOf(other.start) + 1}); use one of wget or curl`,
      });
    }
  },
};
