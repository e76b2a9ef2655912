/**
 * Folding Vietnamese text for matching: lower case, tones and marks stripped, đ → d,
 * whitespace collapsed. "Kế hoạch CCHC  năm" → "ke hoach cchc nam". Two names that differ only
 * by diacritics (a scan that lost them, a different Unicode normal form) fold to the same text.
 */

export interface FoldOptions {
  /**
   * Keep one output character per input UTF-16 unit (no whitespace collapsing), so indexes found
   * in the folded text point into the original. The input should be NFC (see nfc()).
   */
  keepLength?: boolean;
}

const COMBINING = /[\u0300-\u036f]/g;

/** NFC with the odd spaces of PDFs and Word (NBSP, thin, zero-width) made plain. */
export function nfc(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/[\u200b-\u200d\ufeff]/g, '');
}

// Folding is on the hot path of every import (dates, citations, matching): memoise per character.
const CHAR_CACHE = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch < '\u0080') return ch.toLowerCase();
  let out = CHAR_CACHE.get(ch);
  if (out === undefined) {
    const base = ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(COMBINING, '');
    out = (base[0] ?? ' ').toLowerCase();
    CHAR_CACHE.set(ch, out);
  }
  return out;
}

export function fold(text: string, options: FoldOptions = {}): string {
  if (options.keepLength) {
    const out: string[] = new Array<string>(text.length);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      // A combining mark left over after NFC folds to nothing visible: keep a space-free slot.
      out[i] = ch >= '\u0300' && ch <= '\u036f' ? '\u0000' : foldChar(ch);
    }
    return out.join('');
  }
  // Character by character through the memo: decomposed input works too, since its combining
  // marks are simply skipped.
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch >= '\u0300' && ch <= '\u036f') continue;
    out += foldChar(ch);
  }
  return out.replace(/\s+/g, ' ').trim();
}

// Letters that OCR engines read as digits inside words ("s6" for "số", "nhi3m" for "nhiệm").
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'o', '8': 'a' };

/**
 * fold() plus repairs for text from scans: digits inside short words become the letters they
 * are usually mistaken for ("s6" → "so"), and punctuation between letters is dropped. Tokens
 * that look like document symbols or numbers ("52/kh-ubnd", "2022", "1.3.1") are left alone.
 */
export function foldOcr(text: string): string {
  return fold(text)
    .split(' ')
    .map((token) => {
      if (!/[a-z]/.test(token) || !/\d/.test(token) || /[/\-.]/.test(token)) return token;
      const letters = token.replace(/[^a-z]/g, '').length;
      if (letters === 0 || token.length > 8) return token;
      return token.replace(/\d/g, (d) => DIGIT_AS_LETTER[d] ?? d);
    })
    .join(' ')
    .replace(/(?<=[a-z])[`'’´^~](?=[a-z]|\s|$)/g, '');
}

/** Words of the OCR-tolerant folded text, punctuation stripped. */
export function foldWords(text: string): string[] {
  return foldOcr(text)
    .split(/[\s,;:()"“”'.]+/)
    .filter((w) => w.length > 0);
}
