import { fr, type Messages } from './fr.js';

export type { Messages };
export { fr };

let en: Messages | undefined;

/**
 * English is loaded on demand, as its own small chunk (`creneau-en.js`, next to
 * `creneau.js`): French-speaking usagers never download it.
 */
export async function loadLang(lang: 'fr' | 'en') {
  try {
    if (lang == 'en') en ??= (await import('./en.js')).en;
  } catch {
    // the chunk could not be loaded: stay in French
  }
}

/** Are the messages of this language loaded? */
export const hasLang = (lang: 'fr' | 'en') => lang == 'fr' || !!en;

/** Partial overrides; object entries (errors, location…) are merged one level deep. */
export type MessageOverrides = { [K in keyof Messages]?: Messages[K] extends (...a: never[]) => unknown ? Messages[K] : Messages[K] extends object ? Partial<Messages[K]> : Messages[K] };

/** `fr` unless the language starts with `en`. */
export const pickLang = (lang?: string | null): 'fr' | 'en' => (lang?.toLowerCase().startsWith('en') ? 'en' : 'fr');

export function messages(lang: 'fr' | 'en', overrides?: MessageOverrides): Messages {
  const base = (lang == 'en' && en) || fr;
  if (!overrides) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(overrides)) {
    const b = out[k];
    out[k] = b && typeof b == 'object' && typeof v == 'object' ? { ...b, ...v } : v;
  }
  return out as Messages;
}

/** Error text for a problem code. */
export const errorText = (t: Messages, code: string) => t.errors[code] ?? t.errors.unknown;
