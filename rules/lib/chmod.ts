/**
 * File modes as chmod, `mkdir -m`, `install -m` and `COPY --chmod` read them: octal (`0775`)
 * or symbolic clauses (`u+x,go-w`, `a=rwX`).
 */

/** One symbolic action: `+rw`, `-x`, `=`, or a copy of another class's bits (`=u`). */
interface Action {
  readonly op: '+' | '-' | '=';
  readonly perms: string;
  /** `perms` names a class (`u`, `g`, `o`) whose bits are copied. */
  readonly copy: boolean;
}

interface Clause {
  readonly who: string;
  readonly actions: readonly Action[];
}

function isOp(c: string | undefined): c is Action['op'] {
  return c === '+' || c === '-' || c === '=';
}

function parseClauses(mode: string): Clause[] | null {
  const clauses: Clause[] = [];
  for (const text of mode.split(',')) {
    let i = 0;
    while (i < text.length && 'ugoa'.includes(text[i] as string)) i++;
    const who = text.slice(0, i);
    const actions: Action[] = [];
    while (i < text.length) {
      const op = text[i];
      if (!isOp(op)) return null;
      let j = ++i;
      if (j < text.length && 'ugo'.includes(text[j] as string)) {
        actions.push({ op, perms: text[j] as string, copy: true });
        j++;
      } else {
        while (j < text.length && 'rwxXst'.includes(text[j] as string)) j++;
        actions.push({ op, perms: text.slice(i, j), copy: false });
      }
      i = j;
    }
    if (actions.length === 0) return null;
    clauses.push({ who, actions });
  }
  return clauses;
}

/** Whether a clause names others explicitly (`o`, `a`). An empty `who` is filtered by the umask (022 in builds), so it is not counted. */
function forOthers(clause: Clause): boolean {
  return clause.who.includes('o') || clause.who.includes('a');
}

function actionsText(actions: readonly Action[]): string {
  return actions.map((a) => `${a.op}${a.perms}`).join('');
}

/** The clauses with write for others taken out of every `+`/`=` action; null when nothing remains or a class copy makes it inexact. */
function withoutOthersWrite(clauses: readonly Clause[]): string | null {
  if (clauses.some((c) => forOthers(c) && c.actions.some((a) => a.copy))) return null;
  const out: string[] = [];
  for (const clause of clauses) {
    if (!forOthers(clause) || !clause.actions.some((a) => a.op !== '-' && a.perms.includes('w'))) {
      out.push(`${clause.who}${actionsText(clause.actions)}`);
      continue;
    }
    // Split the clause: the owner and group keep it as written, others lose `w`.
    const rest = clause.who.includes('a') ? 'ug' : clause.who.replace(/o/g, '');
    if (rest) out.push(`${rest}${actionsText(clause.actions)}`);
    const others = clause.actions
      .map((a) => (a.op === '-' ? a : { ...a, perms: a.perms.replace(/w/g, '') }))
      .filter((a) => a.op !== '+' || a.perms !== '');
    if (others.length) out.push(`o${actionsText(others)}`);
  }
  return out.length ? out.join(',') : null;
}

export interface WorldWritable {
  /** The same mode without write for others (`777` -> `775`, `a+rwx` -> `ug+rwx,o+rx`); null when no mode would remain (`o+w`) or it is not exact. */
  readonly fixed: string | null;
}

/**
 * Whether a mode gives write permission to others (all users). Modes with the sticky bit
 * (`1777`, `+t`) are left out: that is the usual, safe shape of a shared directory like
 * /tmp. Null when the mode does not, or when it cannot be told (`o=u`, not a mode).
 */
export function worldWritableMode(mode: string): WorldWritable | null {
  if (/^[0-7]{1,5}$/.test(mode)) {
    const bits = parseInt(mode, 8);
    if (bits > 0o7777 || (bits & 0o002) === 0 || (bits & 0o1000) !== 0) return null;
    return { fixed: `${mode.slice(0, -1)}${Number(mode[mode.length - 1]) & ~2}` };
  }
  const clauses = parseClauses(mode);
  if (!clauses) return null;
  let othersWrite: boolean | null = false;
  let sticky = false;
  for (const clause of clauses) {
    const others = forOthers(clause);
    for (const a of clause.actions) {
      if (a.copy) {
        if (others || clause.who === '') othersWrite = null;
        continue;
      }
      if (a.perms.includes('t') && (others || clause.who === '')) sticky = a.op !== '-';
      if (!others) continue;
      const w = a.perms.includes('w');
      if (a.op === '=') othersWrite = w;
      else if (w) othersWrite = a.op === '+';
    }
  }
  if (othersWrite !== true || sticky) return null;
  return { fixed: withoutOthersWrite(clauses) };
}
