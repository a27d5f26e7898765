/** workdir-system-directory: WORKDIR inside a kernel or boot directory (/proc, /sys, /dev, /boot). */
import type { Rule } from '../src/engine/types.js';

/** Trivy's list, plus /sys (kernel objects, like /proc). */
const SYSTEM_DIRS = ['/proc', '/sys', '/boot', '/dev', '/initrd', '/lost+found'];

export function systemDirectory(path: string): string | null {
  const clean = path.replace(/^["']|["']$/g, '').replace(/\/+/g, '/');
  return SYSTEM_DIRS.find((d) => clean === d || clean === `${d}/` || clean.startsWith(`${d}/`)) ?? null;
}

export const rule: Rule = {
  meta: {
    name: 'workdir-system-directory',
    aliases: ['DS030', 'DS-0030', 'AVD-DS-0030'],
    severity: 'error',
    category: 'security',
    summary: 'WORKDIR is inside /proc, /sys, /dev or /boot',
    fix: null,
    docs: {
      whatItDoes:
        'Reports a WORKDIR that is, or is under, /proc, /sys, /boot, /dev, /initrd or /lost+found, after resolving ARG and ENV values. Trivy only reports paths below those directories (`/proc/x`); the directory itself is reported here too.',
      whyItMatters:
        'At run time these paths are the kernel\'s and the host\'s (procfs, sysfs, devices): files an image puts there are hidden or collide with what the runtime mounts, and a process whose working directory is inside /proc or /dev is one careless relative path away from writing to the kernel interface.',
      example: 'FROM alpine:3.20\nWORKDIR /proc/app\n',
      exampleFixed: 'FROM alpine:3.20\nWORKDIR /app\n',
      fix: 'None: the right directory is the author\'s choice (`/app`, `/srv/<name>`, `/opt/<name>`).',
    },
  },
  check({ source, report }) {
    for (const inst of source.allInstructions()) {
      if (inst.keyword !== 'WORKDIR' || !inst.argsRange) continue;
      const written = inst.argsContent.trim();
      const { value, complete } = source.resolve(written, inst);
      const dir = complete ? systemDirectory(value.trim()) : null;
      if (dir) report({ ...inst.argsRange, message: `WORKDIR \`${value.trim()}\` is inside \`${dir}\`, which the kernel and runtime own: use a directory such as /app` });
    }
  },
};
