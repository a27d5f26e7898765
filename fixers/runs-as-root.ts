/**
 * Fix for runs-as-root: make the final stage run as a non-root user, placed after the last
 * step that needs root. The choice of user follows the rule's docs.
 */
import type { RunsAsRootFacts } from '../rules/runs-as-root.js';
import { userAt } from '../rules/lib/user.js';
import type { Instruction } from '../src/engine/source.js';
import type { Applicability, Edit, Fixer } from '../src/engine/types.js';
import { insertLinesAbove, insertLinesAfter, insertLinesBefore, keyword, replace } from './lib/edits.js';

/** Steps that run as (or are usually written for) root: the user goes after the last of them. */
const ROOT_STEPS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD']);
/** What the container runs; the user goes before the first of these after the last root step. */
const START_STEPS: ReadonlySet<string> = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** uid/gid of a created user: above the ranges distributions give to system and login users. */
const NEW_ID = '10001';
/** The `nonroot` uid/gid of distroless and Chainguard, used where there is no user database. */
const NO_DATABASE_ID = '65532';

const CREATE_USER = {
  debian: `groupadd --system --gid ${NEW_ID} app && useradd --system --uid ${NEW_ID} --gid app --no-log-init --no-create-home app`,
  alpine: `addgroup -S -g ${NEW_ID} app && adduser -S -D -H -u ${NEW_ID} -G app app`,
  rhel: `groupadd -r -g ${NEW_ID} app && useradd -r -u ${NEW_ID} -g app app`,
} as const;

interface Plan {
  readonly user: string;
  /** Shell command creating the user first, or null. */
  readonly create: string | null;
  readonly title: string;
  readonly applicability: Applicability;
}

function plan(facts: RunsAsRootFacts): Plan {
  if (facts.earlierUser) {
    return { user: facts.earlierUser, create: null, title: `Switch back to \`${facts.earlierUser}\` once the steps that need root are done`, applicability: 'unsafe' };
  }
  if (facts.createdUser) {
    return { user: facts.createdUser, create: null, title: `Run as \`${facts.createdUser}\`, the user this Dockerfile creates`, applicability: 'unsafe' };
  }
  if (facts.availableUser) {
    return { user: facts.availableUser, create: null, title: `Run as \`${facts.availableUser}\`, the non-root user the base image ships`, applicability: 'unsafe' };
  }
  const numeric = `${NEW_ID}:${NEW_ID}`;
  switch (facts.family) {
    case 'none':
      return { user: `${NO_DATABASE_ID}:${NO_DATABASE_ID}`, create: null, title: `Run as uid ${NO_DATABASE_ID}: the image has no user database to add a user to`, applicability: 'unsafe' };
    case 'debian':
    case 'alpine':
    case 'rhel':
      return facts.userTools
        ? { user: numeric, create: CREATE_USER[facts.family], title: `Create user \`app\` (uid ${NEW_ID}) and run as it`, applicability: 'unsafe' }
        : {
            user: numeric,
            create: CREATE_USER[facts.family],
            title: `Create user \`app\` (uid ${NEW_ID}) and run as it, after installing shadow-utils: the base image has no useradd`,
            applicability: 'display-only',
          };
    default:
      return {
        user: numeric,
        create: null,
        title: `Run as uid ${NEW_ID}, after creating it with the base image's own tools (its distribution is unknown)`,
        applicability: 'display-only',
      };
  }
}

export const fix: Fixer = (finding, { source, settings }) => {
  const facts = finding.data as unknown as RunsAsRootFacts;
  const stage = typeof facts.stage === 'number' ? source.stages[facts.stage] : undefined;
  if (!stage?.isFinal) return null;
  const { user, create, title, applicability } = plan(facts);
  const userLine = `${keyword(source, 'USER')} ${user}`;
  const runLine = create ? `${keyword(source, 'RUN')} ${create}` : null;
  const lines = runLine ? [runLine, userLine] : [userLine];
  const steps = stage.instructions;
  let lastRootStep = -1;
  steps.forEach((inst, i) => {
    if (ROOT_STEPS.has(inst.keyword)) lastRootStep = i;
  });
  const own = facts.rootUser === null ? undefined : steps.find((i) => i.start === facts.rootUser && i.keyword === 'USER');
  let edits: Edit[];
  if (own?.argsRange && steps.indexOf(own) > lastRootStep) {
    // Nothing after the final `USER root` needs root: that line becomes the non-root USER.
    const setUser = replace(own.argsRange, user);
    if (!runLine) edits = [setUser];
    else if (userAt(source, stage, own, settings).root === true) edits = [insertLinesBefore(source, own, [runLine]), setUser];
    // The user before it may not be allowed to create users: create it after `USER root`.
    else edits = [insertLinesAfter(source, own, lines)];
  } else {
    const start = steps.slice(lastRootStep + 1).find((i) => START_STEPS.has(i.keyword));
    const last: Instruction = steps[steps.length - 1] ?? stage.from;
    edits = [start ? insertLinesAbove(source, start, lines) : insertLinesAfter(source, last, lines)];
  }
  return { title, applicability, edits };
};
