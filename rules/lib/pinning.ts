/** Shared by the `*-unpinned` rules: which packages of an install call carry no version. */
import type { Instruction } from '../../src/engine/source.js';
import type { Report } from '../../src/engine/types.js';
import type { ShellWord } from '../../src/shell/types.js';
import type { ToolCall } from './packages.js';

/**
 * The package names an operand stands for: its value when static; for a word with ARG/ENV
 * expansions, the words it expands to (`$PACKAGES` may hold several). Null when that is not
 * knowable: a variable without a value, a command substitution.
 */
function operandValues(word: ShellWord, inst: Instruction): string[] | null {
  if (word.value !== null) return [word.value];
  if (word.raw.includes('$(') || word.raw.includes('`')) return null;
  const resolved = inst.source.resolve(word.raw, inst);
  if (!resolved.complete) return null;
  return resolved.value.replace(/["']/g, '').split(/\s+/).filter((v) => v !== '');
}

/** The operands (packages) that `isPinned` rejects, in order; operands whose value is unknown are given the benefit of the doubt. */
export function unpinnedPackages(call: ToolCall, operands: readonly ShellWord[], isPinned: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const word of operands) {
    for (const value of operandValues(word, call.command.inst) ?? []) if (!isPinned(value)) out.push(value);
  }
  return out;
}

/** One finding per call, on the program and subcommand, naming the unpinned packages. */
export function unpinnedReport(call: ToolCall, names: readonly string[], shape: string): Report {
  const list = names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  const sub = call.sub === call.tool ? '' : ` ${call.sub.value ?? ''}`;
  return {
    start: call.tool.start,
    end: call.sub.end,
    message: `\`${call.name}${sub}\` installs ${list} without a pinned version; pin each as \`${shape}\``,
    data: { packages: [...names] },
  };
}

/** Characters of an RPM version-release (`1.2.3-4.el9`, `2:1.0~rc1^git1`), and `*` for globs. */
const RPM_VERSION_PART = /^[A-Za-z0-9.~^_:+*]+$/;

/**
 * Whether a yum/dnf package spec carries a version: `name-version[-release]` where some part
 * after the name starts with a digit (`curl-7.76.1`, `java-17-openjdk-17.0.9`), a
 * comparison (`curl >= 7`), a module stream (`nodejs:20`), or an `.rpm` file or URL.
 * `python3-devel` and `gcc-c++` have dashes but no version.
 */
export function rpmSpecPinned(name: string): boolean {
  if (name.endsWith('.rpm') || /[=<>]/.test(name) || name.startsWith('@')) return true;
  const parts = name.split('-').slice(1);
  return parts.length > 0 && parts.every((p) => RPM_VERSION_PART.test(p)) && parts.some((p) => /^[0-9]/.test(p));
}

/**
 * The unpinned packages of an rpm-family install (`yum`/`dnf`/`microdnf install`, and
 * `module install` with its `name:stream` pins), shared by yum-unpinned and dnf-unpinned.
 */
export function rpmUnpinnedReport(call: ToolCall): Report | null {
  let packages = call.operands;
  let pinned = rpmSpecPinned;
  const module = call.sub.value === 'module';
  if (module) {
    if (packages[0]?.value !== 'install') return null;
    packages = packages.slice(1);
    pinned = (name) => name.includes(':');
  }
  const names = unpinnedPackages(call, packages, pinned);
  return names.length ? unpinnedReport(call, names, module ? 'name:stream' : 'name-version') : null;
}
