/** pip-unpinned: `pip install flask` installs whatever is newest on the index that day. */
import type { Rule } from '../src/engine/types.js';
import { pipCall } from './lib/packages.js';
import { unpinnedPackages, unpinnedReport } from './lib/pinning.js';
import { runCommands } from './lib/shell.js';

const INSTALL: ReadonlySet<string> = new Set(['install']);
const VERSION_OPERATORS = ['==', '>=', '<=', '!=', '~=', '>', '<', '@'];
/** pip's VCS schemes: `git+https://...`, `hg+ssh://...`, `svn+...`, `bzr+...`. */
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;

/**
 * A version specifier (`flask==3.0`, `flask>=3,<4`), a direct reference (`pkg @ url`), a VCS
 * URL at a revision (`git+https://...@v1.2`), an archive or wheel, or a local path.
 */
function isPinned(name: string): boolean {
  if (VCS.test(name)) return name.lastIndexOf('@') > name.indexOf('://') + 3;
  if (VERSION_OPERATORS.some((op) => name.includes(op))) return true;
  return /\.(whl|tar\.gz|tgz|zip)$/.test(name) || name.includes('/') || name === '.' || name.startsWith('.');
}

export const rule: Rule = {
  meta: {
    name: 'pip-unpinned',
    aliases: ['DL3013'],
    severity: 'info',
    category: 'best-practice',
    summary: 'Pin package versions in `pip install`',
    fix: null,
    docs: {
      whatItDoes:
        'Reports `pip install`, `pip3 install` and `python3 -m pip install` in a RUN (ONBUILD triggers and `sudo` included) that names a package without a version specifier. Pinned: any specifier (`==`, `>=`, `~=`, `<`, `!=`, ...), a VCS URL at a revision (`git+https://...@v1.2`), wheels and archives, local paths and `.`. Not reported: installs with `-r`/`--requirement` or `-c`/`--constraint` (the file holds the pins), editable installs (`-e`, a local or VCS checkout), and words whose ARG/ENV value is unknown. pipx and pipenv are other programs and are not checked (hadolint reports `pipx install`).',
      whyItMatters:
        'An unpinned package resolves to whatever is newest on the index at build time, so rebuilding the same commit can give different code, and a breaking release or a compromised upload reaches the image without review. The severity is info because pinning top-level packages alone does not pin their dependencies; a requirements or constraints file from `pip-compile`/`uv pip compile` does, and is the better fix.',
      example: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask gunicorn\n',
      exampleFixed: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0\n',
      fix: 'No automatic fix: the versions are not in the file. Pin each (`flask==3.0.3`) or move them to a requirements file with hashes.',
    },
  },
  check({ source, report }) {
    for (const command of runCommands(source)) {
      const call = pipCall(command, INSTALL);
      if (!call) continue;
      if (call.options.some((o) => ['-r', '--requirement', '-c', '--constraint'].includes(o.name))) continue;
      const names = unpinnedPackages(call, call.operands, isPinned);
      if (names.length) report(unpinnedReport(call, names, 'name==version'));
    }
  },
};
