/**
 * Numbers as Vietnamese documents write them: decimal comma ("0,5"), dot thousands
 * ("47.466.000.000"), and — because tables are often typed in English-locale Excel — decimal
 * point ("0.5") in the same document.
 *
 * Ambiguity rule (a single separator followed by exactly three digits, "12.314" or "1,234"):
 * - context 'integer' (counts, amounts of money): the separator groups thousands → 12314;
 * - context 'decimal' (points, percentages): it is a decimal mark → 12.314;
 * - context 'auto' (default): a dot groups thousands (the Vietnamese convention) unless the
 *   integer part is 0 ("0.125"); a comma is a decimal mark (also the Vietnamese convention).
 * Any other digit count after a single separator makes it a decimal mark ("1.5", "99,4").
 */
export type NumberContext = 'auto' | 'integer' | 'decimal';

const NUMBER = /^[+-]?\d{1,3}(?:[.,\s\u00a0]\d{3})*(?:[.,]\d+)?$|^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * Canonical decimal text ("12314", "0.5", "-1234.5") or null when the text is not a number.
 * Surrounding spaces and a trailing unit of money ("đ", "đồng") or "%" are ignored.
 */
export function normalizeVnNumber(text: string, context: NumberContext = 'auto'): string | null {
  let s = text.trim().replace(/\s*(?:đồng|đ|vnđ|%)$/iu, '').trim();
  if (!NUMBER.test(s)) return null;
  let sign = '';
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? '-' : '';
    s = s.slice(1);
  }
  s = s.replace(/[\s\u00a0]/g, '');
  const dots = count(s, '.');
  const commas = count(s, ',');
  let whole: string;
  let frac = '';
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimalMark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupMark = decimalMark === '.' ? ',' : '.';
    const [w = '', f = ''] = s.split(decimalMark);
    if (count(s, decimalMark) > 1 || !groupsOfThree(w, groupMark)) return null;
    whole = w.split(groupMark).join('');
    frac = f;
  } else if (dots + commas > 1) {
    // Several marks of one kind: thousands groups only ("47.466.000.000", "1,234,567").
    const mark = dots > 0 ? '.' : ',';
    if (!groupsOfThree(s, mark)) return null;
    whole = s.split(mark).join('');
  } else if (dots + commas === 1) {
    const mark = dots === 1 ? '.' : ',';
    const [w = '', f = ''] = s.split(mark);
    const threeAfter = f.length === 3 && w.length <= 3;
    const thousands =
      threeAfter && (context === 'integer' || (context === 'auto' && mark === '.' && !/^0+$/.test(w)));
    if (thousands) whole = w + f;
    else {
      whole = w;
      frac = f;
    }
  } else whole = s;
  whole = whole.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  const out = frac ? `${whole}.${frac}` : whole;
  return out === '0' ? '0' : sign + out;
}

/** The number as a JS number (for counts, amounts, percentages — never for stored points). */
export function parseVnNumber(text: string, context: NumberContext = 'auto'): number | null {
  const s = normalizeVnNumber(text, context);
  return s === null ? null : Number(s);
}

/** A percentage in hundredths of a percent ("99,4%" → 9940), or null. */
export function parsePercent(text: string): number | null {
  const s = normalizeVnNumber(text.replace(/%\s*$/, ''), 'decimal');
  if (s === null) return null;
  const [w = '0', f = ''] = s.replace('-', '').split('.');
  if (f.length > 2 && /[1-9]/.test(f.slice(2))) return null;
  const v = Number(w) * 100 + Number(f.slice(0, 2).padEnd(2, '0'));
  return s.startsWith('-') ? -v : v;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function groupsOfThree(s: string, mark: string): boolean {
  const parts = s.split(mark);
  return parts.every((p, i) => (i === 0 ? p.length >= 1 && p.length <= 3 : p.length === 3));
}
