/**
 * Case- and accent-insensitive name matching that PostgreSQL and PGlite evaluate the same way
 * without the `unaccent` extension (not available in PGlite): one `translate()` table, mirrored in
 * JS for the search terms, so `emilie` finds « Émilie » and `lefevre` finds « LEFÈVRE ».
 */
const PAIRS: [string, string][] = [
  ['àáâãäåāăą', 'a'], ['æ', 'a'], ['çćč', 'c'], ['ďđ', 'd'], ['èéêëēėęě', 'e'], ['ìíîïīį', 'i'], ['ł', 'l'],
  ['ñńň', 'n'], ['òóôõöøōő', 'o'], ['œ', 'o'], ['šśş', 's'], ['ťţ', 't'], ['ùúûüūůű', 'u'], ['ÿý', 'y'], ['žźż', 'z'],
  // Word separators inside names: « Jean-Pierre », « N’Diaye », « D'Almeida ».
  ['-’‘\'', ' '],
];

const FROM: string[] = [];
const TO: string[] = [];
for (const [chars, target] of PAIRS) {
  for (const ch of chars) {
    FROM.push(ch);
    TO.push(target);
    const upper = ch.toUpperCase();
    if (upper !== ch && upper.length === 1) {
      FROM.push(upper);
      TO.push(target);
    }
  }
}
const TABLE = new Map(FROM.map((ch, i) => [ch, TO[i]!]));
const sqlLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;
const FROM_SQL = sqlLiteral(FROM.join(''));
const TO_SQL = sqlLiteral(TO.join(''));

/** SQL expression: the folded (lower-case, unaccented, separators as spaces) value of a column. */
export const foldSql = (column: string) => `translate(lower(${column}), ${FROM_SQL}, ${TO_SQL})`;

/** The same folding in JS. */
export function fold(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFC').toLowerCase()) out += TABLE.get(ch) ?? ch;
  return out;
}

/** Search words of a name query: folded, at most 5, each used as a word prefix. */
export function nameTokens(q: string): string[] {
  return fold(q).split(/\s+/).filter(Boolean).slice(0, 5);
}

/** Escapes `%`, `_` and `\` for a LIKE pattern (PostgreSQL's default escape character is `\`). */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Classifies a search query: e-mail (contains `@`), phone (digits and separators), or names. */
export function queryKind(q: string): 'email' | 'phone' | 'name' {
  if (q.includes('@')) return 'email';
  if (/^\+?[\d\s.\-()]+$/.test(q) && (q.match(/\d/g)?.length ?? 0) >= 6) return 'phone';
  return 'name';
}
