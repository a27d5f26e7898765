/**
 * Whether a variable holds a secret, judged by its name and value: shared by the checks of
 * Compose `environment:` values and `docker run -e` flags (and, later, Dockerfile ENV/ARG).
 * Everything here is linear in the input: names are split into words, values are scanned
 * with indexOf.
 */

/** Words that name a secret on their own (`DB_PASSWORD`, `GITHUB_TOKEN`, `APP_SECRET`). */
const SECRET_WORDS: ReadonlySet<string> = new Set(['PASSWORD', 'PASSWD', 'PASSPHRASE', 'SECRET', 'TOKEN', 'APIKEY', 'CREDENTIAL', 'CREDENTIALS']);
/** Words that make a secret with the word after them (`API_KEY`, `PRIVATE_KEY`, `ACCESS_KEY`). */
const KEY_QUALIFIERS: ReadonlySet<string> = new Set(['API', 'PRIVATE', 'ACCESS', 'SECRET', 'ENCRYPTION', 'SIGNING', 'MASTER']);
/**
 * Last words that say the variable is about a secret without holding it: a file or path to
 * read it from (`POSTGRES_PASSWORD_FILE`), its id or user, where to send it, a setting.
 */
const NOT_THE_SECRET: ReadonlySet<string> = new Set(['FILE', 'PATH', 'DIR', 'ID', 'USER', 'USERNAME', 'NAME', 'HOST', 'PORT', 'URL', 'URI', 'ENDPOINT', 'TTL', 'EXPIRY', 'EXPIRES', 'LENGTH', 'TYPE', 'ALGORITHM', 'HEADER', 'ENABLED', 'REQUIRED', 'METHOD', 'POLICY']);

/** The words of a variable name, upper-cased: `dbPassword` is not split, `db_password` and `db-password` are. */
function words(name: string): string[] {
  return name.toUpperCase().split(/[_.-]+/).filter((w) => w !== '');
}

/** Whether a variable name says it holds a secret (`DB_PASSWORD`, `STRIPE_API_KEY`, `GH_TOKEN`). */
export function isSecretName(name: string): boolean {
  const w = words(name);
  const last = w[w.length - 1];
  if (last === undefined || NOT_THE_SECRET.has(last)) return false;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] as string;
    if (SECRET_WORDS.has(word)) return true;
    if (word === 'KEY' && i > 0 && KEY_QUALIFIERS.has(w[i - 1] as string)) return true;
  }
  return false;
}

/**
 * Whether a Compose value is written literally: not empty, and with no `$VAR` / `${VAR}`
 * interpolation (a `$$` is an escaped dollar, which is literal).
 */
export function isLiteralValue(value: string): boolean {
  if (value.trim() === '') return false;
  for (let at = value.indexOf('$'); at !== -1; at = value.indexOf('$', at + 2)) {
    if (value[at + 1] !== '$') return false;
  }
  return true;
}

/** Whether a value is a URL with a password in it (`postgres://app:s3cret@db:5432/app`). */
export function hasUrlPassword(value: string): boolean {
  const scheme = value.indexOf('://');
  if (scheme <= 0) return false;
  const rest = value.slice(scheme + 3);
  const at = rest.indexOf('@');
  if (at === -1) return false;
  const slash = rest.indexOf('/');
  if (slash !== -1 && slash < at) return false;
  const colon = rest.indexOf(':');
  return colon !== -1 && colon < at - 1;
}
