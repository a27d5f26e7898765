/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array with one issue per
 * finding, `{description, check_name, fingerprint, severity, location: {path, lines}}`.
 * Severities: error → critical, warning → major, info → minor, style → info. Paths are
 * relative to the repository root; the fingerprint is stable across runs (see location.ts),
 * which is how GitLab tells new issues from fixed ones in a merge request.
 */
import type { Severity } from '../engine/types.js';
import { fingerprints, repoPath } from './ci.js';
import { findingPosition, type Reporter } from './types.js';

type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

const SEVERITY: Readonly<Record<Severity, GitlabSeverity>> = { error: 'critical', warning: 'major', info: 'minor', style: 'info' };

function createGitlabReporter(): Reporter {
  let issues = 0;
  return {
    start() {
      issues = 0;
      return '[';
    },
    file(result) {
      const source = result.source;
      if (!source || !result.findings.length) return '';
      const path = repoPath(result.path);
      const prints = fingerprints(result.path, source, result.findings);
      return result.findings
        .map((f, i) => {
          const pos = findingPosition(source, f);
          const issue = {
            description: f.message,
            check_name: f.rule,
            fingerprint: prints[i],
            severity: SEVERITY[f.severity],
            // A range that stops at the start of a line (after a line break) ends on the line before.
            location: { path, lines: { begin: pos.line, end: pos.endColumn === 1 && pos.endLine > pos.line ? pos.endLine - 1 : pos.endLine } },
          };
          return `${issues++ ? ',' : ''}\n  ${JSON.stringify(issue)}`;
        })
        .join('');
    },
    end: () => `${issues ? '\n' : ''}]\n`,
  };
}

export const gitlabReporter: Reporter = createGitlabReporter();
