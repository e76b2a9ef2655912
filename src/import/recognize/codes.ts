/**
 * Row codes as printed in criteria tables: Roman parts (I, II, IV), dotted decimals (1, 1.2,
 * 6.6.3), with or without a trailing dot or parenthesis ("7.1.", "1.", "2)"). The trailing
 * mark is dropped: "7.1." and "7.1" are the same criterion.
 */
export interface Code {
  /** Without the trailing mark: "II", "7.1", "6.6.3". */
  text: string;
  roman: boolean;
  /** Roman: [value]; decimal: the numbers between the dots. */
  parts: number[];
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function romanValue(s: string): number | null {
  if (!/^[IVXL]{1,6}$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = ROMAN_VALUES[s[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total <= 30 ? total : null;
}

const CODE = /^(?:([IVXL]{1,6})|(\d{1,2}(?:\.\d{1,2}){0,4}))[.)]?$/;

/** Reads one token as a code, or null. */
export function parseCode(token: string): Code | null {
  const m = CODE.exec(token.trim());
  if (!m) return null;
  if (m[1]) {
    const v = romanValue(m[1]);
    return v === null ? null : { text: m[1], roman: true, parts: [v] };
  }
  const text = m[2]!;
  return { text, roman: false, parts: text.split('.').map(Number) };
}

/** A leading code and the rest of the line: "1.1 Kế hoạch CCHC năm 3 3" → 1.1 + "Kế hoạch…". */
export function splitLeadingCode(line: string): { code: Code; rest: string } | null {
  const m = /^\s*(\S+)(?:\s+(.*))?$/.exec(line);
  if (!m) return null;
  const code = parseCode(m[1]!);
  return code ? { code, rest: (m[2] ?? '').trim() } : null;
}

/** How well a code continues the numbering seen so far. */
export type Fit = 'expected' | 'skip' | 'none';

/**
 * Tracks the open path of codes (e.g. II → 6 → 6.6) and says whether a new code is the next
 * one a table would print: a first child (x.1), the next sibling of the current node or of one
 * of its ancestors, a new Roman part, or "1" restarting under a new part. 'skip' allows a gap
 * of one or two numbers (drafts skip numbers); callers accept it only with more evidence.
 */
export class CodeSequence {
  private path: Code[] = [];
  private romanChildren = 0;

  fit(c: Code): Fit {
    if (this.path.length === 0) {
      if (c.roman) return c.parts[0] === 1 ? 'expected' : 'skip';
      return c.parts.every((p) => p === 1) ? 'expected' : c.parts.length <= 2 ? 'skip' : 'none';
    }
    const roman = this.path.find((p) => p.roman);
    if (c.roman) {
      const last = roman?.parts[0] ?? 0;
      const d = (c.parts[0] ?? 0) - last;
      return d === 1 ? 'expected' : d === 2 || d === 3 ? 'skip' : 'none';
    }
    let best: Fit = 'none';
    const numeric = this.path.filter((p) => !p.roman);
    const deepest = numeric[numeric.length - 1];
    if (deepest && c.parts.length === deepest.parts.length + 1 && prefixOf(deepest.parts, c.parts)) {
      const last = c.parts[c.parts.length - 1]!;
      if (last === 1) return 'expected';
      if (last <= 3) best = 'skip';
    }
    for (const a of numeric) {
      if (a.parts.length !== c.parts.length || !prefixOf(a.parts.slice(0, -1), c.parts)) continue;
      const d = c.parts[c.parts.length - 1]! - a.parts[a.parts.length - 1]!;
      if (d === 1) return 'expected';
      if (d === 2 || d === 3) best = 'skip';
    }
    if (roman && c.parts.length === 1 && c.parts[0] === 1 && this.romanChildren === 0) return 'expected';
    if (!deepest && roman && c.parts.every((p) => p === 1)) return 'expected';
    return best;
  }

  accept(c: Code): void {
    if (c.roman) {
      this.path = [c];
      this.romanChildren = 0;
      return;
    }
    const roman = this.path.find((p) => p.roman);
    const numeric = this.path.filter((p) => !p.roman && p.parts.length < c.parts.length && prefixOf(p.parts, c.parts));
    if (roman && c.parts.length === 1) this.romanChildren++;
    this.path = [...(roman ? [roman] : []), ...numeric, c];
  }
}

function prefixOf(prefix: number[], parts: number[]): boolean {
  return prefix.length <= parts.length && prefix.every((p, i) => parts[i] === p);
}
