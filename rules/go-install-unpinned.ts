/** go-install-unpinned: `go install example.com/tool@latest` builds whatever is newest that day. */
import type { Rule } from '../src/engine/types.js';
import { goCall } from './lib/packages.js';
import { unpinnedPackages, unpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const SUBCOMMANDS: ReadonlySet<string> = new Set(['install', 'get', 'run']);
/** Module queries that move with upstream: not pins. */
const FLOATING: ReadonlySet<string> = new Set(['latest', 'upgrade', 'patch', 'none']);

/** `pkg@v1.2.3` or `pkg@<commit>`, or a local package (`.`, `./cmd/x`, `/src/x`, `main.go`). */
function isPinned(name: string): boolean {
  if (name.startsWith('.') || name.startsWith('/') || name.endsWith('.go')) return true;
  const at = name.lastIndexOf('@');
  return at !== -1 && !FLOATING.has(name.slice(at + 1));
}

export const rule: Rule = {
  meta: {
    name: 'go-install-unpinned',
    aliases: ['DL3062'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin module versions in `go install`, `go get` and `go run`',
    fix: null,
    status: 'preview',
    docs: {
      whatItDoes:
        'Reports `go install`, `go get` and `go run` in a RUN (ONBUILD triggers included) of a remote package without a fixed version: no `@version`, or a moving query (`@latest`, `@upgrade`, `@patch`). Local packages (`.`, `./...`, absolute paths, `.go` files) are not reported; for `go run` only the package (the first operand) is checked, the rest are its arguments. Preview: inside a module, `go install example.com/me/app/cmd/app` builds a package of the main module, whose version go.mod decides, and the file alone cannot tell that apart from a remote tool.',
      whyItMatters:
        '`@latest` (or no version outside a module) resolves at build time, so rebuilds of the same commit compile different code, and a breaking or compromised release reaches the image unreviewed. Info severity, as for the other pinning rules.',
      example: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest\n',
      exampleFixed: 'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n',
      fix: 'No automatic fix: the version is not in the file. Replace `@latest` with a release tag or commit.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = goCall(command, SUBCOMMANDS);
      if (!call) continue;
      const packages = call.sub.value === 'run' ? call.operands.slice(0, 1) : call.operands;
      const names = unpinnedPackages(call, packages, isPinned);
      if (names.length) report(unpinnedReport(call, names, 'module@version'));
    }
  },
};
