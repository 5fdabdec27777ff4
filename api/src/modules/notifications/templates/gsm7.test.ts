import { describe, expect, it } from 'vitest';
import { cutGsm7, fitSms, gsm7Length, isGsm7, toGsm7 } from './gsm7.js';

describe('toGsm7', () => {
  it.each([
    ['« Bonjour »', '"Bonjour"'],
    ['Bâtiment «\u00a0L’Œillet\u00a0»', 'Batiment "L\'OEillet"'],
    ['l’enfant', "l'enfant"],
    ['œuvre Œuf', 'oeuvre OEuf'],
    ['âge fête île hôte sûr', 'age fete ile hote sur'],
    ['Noël maïs garçon', 'Noel mais garcon'],
    ['Ÿ ÿ À Â Ê Î Ô Û È Ë', 'Y y A A E I O U E E'],
    ['2–3 — fin…', '2-3 - fin...'],
    ['9\u00a0h\u202f00', '9 h 00'],
    ['n° 3', 'no 3'],
    ['emoji 🙂', 'emoji ?'],
  ])('%s → %s', (input, expected) => {
    expect(toGsm7(input)).toBe(expected);
    expect(isGsm7(toGsm7(input))).toBe(true);
  });

  it('keeps what GSM-7 has: é è à ù ì ò É Ç Ä Ö Ñ Ü ä ö ñ ü ß Æ æ Ø ø Å å and the extension table', () => {
    const kept = 'é è à ù ì ò É Ç Ä Ö Ñ Ü ä ö ñ ü ß Æ æ Ø ø Å å € [ ] { } ~ ^ | \\';
    expect(toGsm7(kept)).toBe(kept);
    expect(isGsm7(kept)).toBe(true);
  });

  it('isGsm7 rejects characters outside GSM 03.38', () => {
    for (const c of ['ç', 'ê', 'œ', '’', '«', '…', 'À', '\u00a0']) expect(isGsm7(c)).toBe(false);
  });
});

describe('gsm7Length', () => {
  it('counts extension characters twice and measures the transliterated text', () => {
    expect(gsm7Length('abc')).toBe(3);
    expect(gsm7Length('10 €')).toBe(5);
    expect(gsm7Length('[x]')).toBe(5);
    expect(gsm7Length('…')).toBe(3);
    expect(gsm7Length('œ')).toBe(2);
  });
});

describe('cutGsm7', () => {
  it('cuts on a word boundary, never on a dangling article, and marks the cut', () => {
    expect(cutGsm7('123 boulevard du Président Kennedy', 20)).toBe('123 boulevard...');
    expect(cutGsm7('court', 20)).toBe('court');
    expect(cutGsm7('abc', 2)).toBe('');
  });
});

describe('fitSms', () => {
  const fixed = (text: string) => ({ text });
  it('leaves a text that fits untouched', () => {
    expect(fitSms([fixed('RDV '), { text: 'MDS', shrinkOrder: 1 }, fixed(' lun.')])).toBe('RDV MDS lun.');
  });

  it('abbreviates everything before cutting, then shrinks in order, never the fixed parts', () => {
    const parts = [
      fixed('RDV lun. 29/03 9h00'),
      { prefix: ', ', text: 'Maison Départementale des Solidarités', abbreviated: 'MDS', shrinkOrder: 3 },
      { prefix: ', ', text: 'x'.repeat(60), shrinkOrder: 1, atomic: true },
      { prefix: ' ', text: 'y'.repeat(40), shrinkOrder: 2, minLength: 10 },
      fixed(' https://ex.fr/r/ABCDEFGH'),
    ];
    const head = 'RDV lun. 29/03 9h00, MDS';
    const link = ' https://ex.fr/r/ABCDEFGH';
    // 90: the atomic x part is dropped whole (first in order), the abbreviation is enough for the rest.
    expect(fitSms(parts, 90)).toBe(`${head} ${'y'.repeat(40)}${link}`);
    expect(fitSms(parts, 80)).toBe(`${head} ${'y'.repeat(27)}...${link}`);
    expect(fitSms(parts, 60)).toBe(`${head} ${'y'.repeat(7)}...${link}`);
    // Below its minimum length the part disappears with its glue.
    expect(fitSms(parts, 50)).toBe(`${head}${link}`);
    for (const max of [50, 60, 80, 90]) expect(gsm7Length(fitSms(parts, max))).toBeLessThanOrEqual(max);
  });

  it('returns the fixed parts even when they alone are too long (callers keep links short)', () => {
    expect(fitSms([fixed('a'.repeat(170)), { text: 'b', shrinkOrder: 1 }])).toBe('a'.repeat(170));
  });
});
