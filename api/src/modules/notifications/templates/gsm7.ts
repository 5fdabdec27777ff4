/**
 * GSM 03.38 (GSM-7) helpers. A single character outside this alphabet switches the whole SMS to
 * UCS-2, which cuts a segment from 160 to 70 characters and triples the cost: SMS texts are
 * transliterated, then fitted into one 160-septet segment.
 */

/** Basic character set (127 characters + ESC), one septet each. */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Extension table: ESC + character, two septets each. */
const EXTENSION = '\f^{}\\[~]|€';

const BASIC_SET = new Set(BASIC);
const EXTENSION_SET = new Set(EXTENSION);

/** French typography and common look-alikes. é è à ù ì ò É Ç are GSM-7 and are kept as is. */
const TRANSLITERATIONS: Record<string, string> = {
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '‟': '"', '‹': '"', '›': '"',
  '’': "'", '‘': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'",
  '–': '-', '—': '-', '‐': '-', '‑': '-', '‒': '-', '−': '-',
  '…': '...', '•': '-', '·': '.', '°': 'o', '×': 'x',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ', '\t': ' ',
  '\u200b': '', '\u00ad': '', '\ufeff': '',
  'œ': 'oe', 'Œ': 'OE', 'ç': 'c', 'ÿ': 'y', 'Ÿ': 'Y', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i',
  'ª': 'a', 'º': 'o', 'ᵉ': 'e', 'ʳ': 'r', 'ᵈ': 'd', 'ˢ': 's',
};

export function isGsm7(text: string): boolean {
  for (const c of text) if (!BASIC_SET.has(c) && !EXTENSION_SET.has(c)) return false;
  return true;
}

function transliterateChar(c: string): string {
  if (BASIC_SET.has(c) || EXTENSION_SET.has(c)) return c;
  const mapped = TRANSLITERATIONS[c];
  if (mapped !== undefined) return mapped;
  // â ê î ô û ë ï À Ê …: drop the diacritic, keep the letter.
  const stripped = c.normalize('NFD').replace(/\p{M}/gu, '');
  if (stripped && stripped !== c && isGsm7(stripped)) return stripped;
  return '?';
}

/** Transliterate to GSM-7 (basic set + extension table); anything else becomes « ? ». */
export function toGsm7(text: string): string {
  let out = '';
  // French spacing inside guillemets (« texte ») is dropped along with them: "texte".
  const src = text.normalize('NFC').replace(/([«‹])[\s\u00a0\u202f]*/g, '$1').replace(/[\s\u00a0\u202f]*([»›])/g, '$1');
  for (const c of src) out += transliterateChar(c);
  return out;
}

/** Septets once encoded (after `toGsm7`): extension characters (€ [ ] …) count 2. */
export function gsm7Length(text: string): number {
  let n = 0;
  for (const c of toGsm7(text)) n += EXTENSION_SET.has(c) ? 2 : 1;
  return n;
}

export const SMS_MAX = 160;

/**
 * One piece of an SMS. Fixed pieces (no `shrinkOrder`) are never shortened: date/time, link, code.
 * The others are shortened in increasing `shrinkOrder` until the text fits.
 */
export interface SmsPart {
  text: string;
  /** Glue shown only when the part is not empty (", ", " pour "). */
  prefix?: string;
  suffix?: string;
  shrinkOrder?: number;
  /** Same meaning, fewer characters (abbreviations): applied to all parts before anything is cut or dropped. */
  abbreviated?: string;
  /** Shorter wordings to try, longest first, before cutting (e.g. an address without its middle). */
  alternatives?: string[];
  /**
   * Soft cap, applied (in shrink order, while the text is too long) after the abbreviations and
   * before any part is cut to its minimum: a long service name is trimmed before the lieu is ruined.
   */
  maxLength?: number;
  /** Keep at least this many septets when cutting; below it the part is dropped. Default 10. */
  minLength?: number;
  /** All or nothing (a phone number cut in half is worse than none). */
  atomic?: boolean;
}

const ELLIPSIS = '...';

/** Cut to at most `max` septets, on a word boundary when it keeps most of the text, ending with "...". */
export function cutGsm7(text: string, max: number): string {
  if (gsm7Length(text) <= max) return text;
  const budget = max - ELLIPSIS.length;
  if (budget <= 0) return '';
  let kept = '';
  let n = 0;
  for (const c of text) {
    const w = EXTENSION_SET.has(c) ? 2 : 1;
    if (n + w > budget) break;
    kept += c;
    n += w;
  }
  const space = kept.lastIndexOf(' ');
  if (space >= kept.length * 0.6) kept = kept.slice(0, space);
  // Never end on a dangling "du", "de la", "d'"… nor on punctuation.
  let prev;
  do {
    prev = kept;
    kept = kept.replace(/[\s,;:.'"(/-]+$/, '').replace(/(?:^|\s)(?:de|du|des|la|le|les|d|l|et|à|au|aux|en|sur)$/i, '');
  } while (kept !== prev);
  return kept ? kept + ELLIPSIS : '';
}

const clean = (s: string) => toGsm7(s).replace(/\s+/g, ' ').trim();

/**
 * Assemble an SMS that fits in `max` septets (default one segment of 160): abbreviations first,
 * then soft caps, then each shrinkable part in order (alternatives, cut to `minLength`, dropped). If the fixed parts alone are too long (a huge link), the text
 * is returned as is: callers must keep links short.
 */
export function fitSms(parts: readonly SmsPart[], max = SMS_MAX): string {
  const state = parts.map((p) => ({
    ...p,
    prefix: p.prefix === undefined ? '' : toGsm7(p.prefix),
    suffix: p.suffix === undefined ? '' : toGsm7(p.suffix),
    text: p.shrinkOrder === undefined ? toGsm7(p.text) : clean(p.text),
  }));
  // "du..." followed by ". Annuler" would read "du.... Annuler".
  const render = () =>
    state.map((p) => (p.text ? p.prefix + p.text + p.suffix : '')).join('').replace(/\.\.\.\./g, '...');
  const over = () => gsm7Length(render()) - max;

  const order = state
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.shrinkOrder !== undefined)
    .sort((a, b) => a.p.shrinkOrder! - b.p.shrinkOrder! || a.i - b.i);

  for (const { p } of order) {
    if (over() <= 0) return render();
    if (p.abbreviated !== undefined) {
      const a = clean(p.abbreviated);
      if (gsm7Length(a) < gsm7Length(p.text)) p.text = a;
    }
  }
  for (const { p } of order) {
    if (over() <= 0) return render();
    if (p.maxLength !== undefined && !p.atomic) {
      const target = Math.max(p.maxLength, gsm7Length(p.text) - over());
      p.text = cutGsm7(p.text, target);
    }
  }
  for (const { p } of order) {
    if (over() <= 0) break;
    for (const alt of p.alternatives ?? []) {
      const a = clean(alt);
      if (gsm7Length(a) < gsm7Length(p.text)) p.text = a;
      if (over() <= 0) break;
    }
    const excess = over();
    if (excess <= 0) break;
    const target = gsm7Length(p.text) - excess;
    p.text = p.atomic || target < (p.minLength ?? 10) ? '' : cutGsm7(p.text, target);
  }
  return render();
}
