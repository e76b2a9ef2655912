/**
 * Similarity of two names, in [0, 1], tolerant of lost diacritics, OCR slips and small wording
 * changes. Average of two Dice coefficients on the OCR-folded text: over words (wording changes)
 * and over character bigrams (misspellings inside words).
 */
import { foldOcr, foldWords } from './fold';

function dice<T>(a: T[], b: T[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<T, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let common = 0;
  for (const x of b) {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      common++;
      counts.set(x, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

function bigrams(s: string): string[] {
  const t = s.replace(/\s+/g, ' ');
  const out: string[] = [];
  for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
  return out;
}

export function wordDice(a: string, b: string): number {
  return dice(foldWords(a), foldWords(b));
}

export function similarity(a: string, b: string): number {
  return (wordDice(a, b) + dice(bigrams(foldOcr(a)), bigrams(foldOcr(b)))) / 2;
}
