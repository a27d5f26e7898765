/** Which user an instruction runs as, following USER lines, ARG defaults and stage inheritance. */
import type { Instruction, Stage, SourceFile } from '../../src/engine/source.js';
import type { LintSettings } from '../../src/engine/types.js';
import { lookupImage } from '../data/images.js';

export interface EffectiveUser {
  /** The user as resolved (`root`, `node`, `1000:1000`), or null when set by the base image. */
  readonly user: string | null;
  /** The user text as written, before ARG substitution. */
  readonly written: string | null;
  /** The USER instruction that set it, or null for the base image's default. */
  readonly from: Instruction | null;
  /** Whether the value could be resolved (false: an ARG without a default). */
  readonly resolved: boolean;
  /** true: root; false: not root; null: unknown (unresolved, or an unknown base image's default is assumed root). */
  readonly root: boolean | null;
}

/** `root`, `0`, `root:x`, `0:x` (and `root` in any case) are root. */
export function isRootUser(user: string): boolean {
  const name = user.split(':')[0]?.trim().toLowerCase() ?? '';
  return name === 'root' || name === '0';
}

/** The USER in effect just before `at` (or at the end of the stage when `at` is null). */
export function userAt(source: SourceFile, stage: Stage, at: Instruction | null, settings: LintSettings): EffectiveUser {
  let owner: Stage | null = stage;
  let limit: number = at ? (at.parent ?? at).start : Number.POSITIVE_INFINITY;
  const seen = new Set<Stage>();
  while (owner && !seen.has(owner)) {
    seen.add(owner);
    const users = owner.instructions.filter((i) => i.keyword === 'USER' && i.start < limit);
    const last = users[users.length - 1];
    if (last) {
      const written = last.argsContent.trim();
      const { value, complete } = source.resolve(written, last);
      const user = complete ? value.trim() : null;
      return { user, written, from: last, resolved: complete, root: user === null ? null : isRootUser(user) };
    }
    limit = Number.POSITIVE_INFINITY;
    owner = owner.baseStage;
  }
  const root = stage.rootImage;
  const fact = lookupImage(root, settings.images);
  if (fact?.nonRoot) return { user: fact.user ?? null, written: null, from: null, resolved: true, root: false };
  if (!root && stage.chain.some((s) => s.imageUnresolved)) return { user: null, written: null, from: null, resolved: false, root: null };
  return { user: null, written: null, from: null, resolved: true, root: true };
}
