/** "Did you mean ...?" suggestions by edit distance, as BuildKit makes them for undefined names. */

/** Levenshtein distance, two rows, O(a·b) time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The option nearest to `name` at an edit distance below 3 (BuildKit's threshold), or null. */
export function nearestName(name: string, options: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const option of options) {
    if (option === name) return null;
    // Distance is at least the difference in length: skip hopeless options cheaply.
    if (Math.abs(option.length - name.length) >= bestDistance) continue;
    const d = editDistance(name, option);
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best;
}
