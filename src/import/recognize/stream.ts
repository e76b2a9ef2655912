/**
 * Recognition of a table read as a stream of text lines (PDF text layers, text extracted from
 * PDFs or web pages, OCR output). A criterion starts at a code that continues the numbering;
 * its name runs until its figures (a run of bare numbers); what follows is explanation until
 * the next code. In criteria sets (one figure column), a text followed by a lone number is a
 * scoring level. Rows glued onto the end of the previous line are split off.
 */
import { foldOcr } from '../../vn/fold';
import type { SourceRow } from '../types';
import { CodeSequence, parseCode, splitLeadingCode } from './codes';
import type { Code } from './codes';
import { isTotalText, newNode, setFigures } from './draft';
import type { Draft, DraftNode } from './draft';
import { figureOf, findRun, onlyFigures } from './figures';
import { findHeaderBlock, dropRepeatedHeaders } from './stream-header';
import { numericRoles, roleOfCell } from './header';
import type { NumericRole, Role } from './header';

interface Line {
  line: number;
  text: string;
  marker: boolean;
  cells: string[];
  xs?: number[];
}

interface Pending {
  text: string;
  line: number;
  afterMarker: boolean;
}

const DEFAULT_ROLES: NumericRole[] = ['max', 'self', 'appraisal', 'lost'];

export function parseStream(rows: SourceRow[]): Draft {
  const all: Line[] = rows.map((r) => ({ line: r.line, text: r.cells.join(' ').replace(/\s+/g, ' ').trim(), marker: r.cells.length === 0, cells: r.cells, ...(r.xs ? { xs: r.xs } : {}) }));
  const header = findHeaderBlock(all);
  const preamble = all.slice(0, header ? header.start : 0).filter((l) => !l.marker).map((l) => l.text);
  const body = dropRepeatedHeaders(all.slice(header ? header.end : 0), header?.lines ?? []);
  let roles: Role[] = header?.roles ?? [];
  let numeric = numericRoles(roles);
  if (numeric.length === 0) {
    numeric = DEFAULT_ROLES.slice(0, guessFigureCount(body));
    roles = ['code', 'name', ...numeric, 'explanation'];
  }
  const draft: Draft = { rows: [], totals: null, totalsLine: null, roles, preamble, warnings: [] };
  const nameColumn = header ? nameColumnOf(all.slice(header.start, header.end)) : null;
  new StreamParser(draft, numeric, body, nameColumn).run();
  return draft;
}

/** Where the name column lies on the page (PDF), from the header cell that names it. */
function nameColumnOf(header: Line[]): { from: number; to: number } | null {
  for (const l of header) {
    if (!l.xs) continue;
    const i = l.cells.findIndex((c) => roleOfCell(c) === 'name');
    const from = l.xs[i];
    if (i < 0 || from === undefined) continue;
    return { from: from - 2, to: (l.xs[i + 1] ?? Infinity) - 2 };
  }
  return null;
}

/** Without a header: the most common number of figures on lines that start with a code. */
function guessFigureCount(lines: Line[]): number {
  const counts = [0, 0, 0, 0, 0];
  for (const l of lines) {
    const sc = splitLeadingCode(l.text);
    if (!sc) continue;
    for (let k = 4; k >= 1; k--) {
      const run = findRun(sc.rest, k);
      if (run && run.before) {
        counts[k] = (counts[k] ?? 0) + 1;
        break;
      }
    }
  }
  let best = 1;
  for (let k = 2; k <= 4; k++) if ((counts[k] ?? 0) > (counts[best] ?? 0)) best = k;
  return best;
}

class StreamParser {
  private cur: DraftNode | null = null;
  private pending: Pending[] = [];
  private readonly seq = new CodeSequence();
  private readonly k: number;
  private readonly levelsExpected: boolean;
  private readonly markers: boolean;

  constructor(
    private readonly draft: Draft,
    private readonly numeric: NumericRole[],
    private readonly lines: Line[],
    private readonly nameColumn: { from: number; to: number } | null = null,
  ) {
    this.k = numeric.length;
    // Scoring levels sit under criteria only in criteria sets: a max column and no scores.
    this.levelsExpected = !numeric.includes('self') && !numeric.includes('appraisal');
    this.markers = lines.filter((l) => l.marker).length >= 5;
  }

  run(): void {
    let afterMarker = false;
    this.lines.forEach((l, i) => {
      if (l.marker) {
        afterMarker = true;
        return;
      }
      const text = this.takeNameContinuation(l);
      if (text) this.line(text, l.line, afterMarker, i);
      afterMarker = false;
    });
    this.flush();
  }

  /**
   * PDF lines carry cell positions: once a row's figures are read, text in the name column is
   * the rest of a wrapped name (or of a wrapped level label), not explanation. Returns what is
   * left of the line for the normal reading.
   */
  private takeNameContinuation(l: Line): string {
    const cur = this.cur;
    const col = this.nameColumn;
    if (!col || !l.xs || !cur?.hasFigures || l.cells.length === 0) return l.text;
    const first = l.cells[0]!;
    const x = l.xs[0]!;
    if (x < col.from || x >= col.to || splitLeadingCode(first) || onlyFigures(first) || isTotalText(first)) return l.text;
    // A cell with figures after it is a new level or row, not a continuation.
    if (l.cells.slice(1).some((c) => onlyFigures(c))) return l.text;
    const last = cur.levels[cur.levels.length - 1];
    if (last && last.line < l.line) last.label = `${last.label} ${first}`;
    else cur.name = `${cur.name} ${first}`.trim();
    return l.cells.slice(1).join(' ').trim();
  }

  private flush(): void {
    if (this.cur) for (const p of this.pending) this.cur.texts.push(p.text);
    this.pending = [];
  }

  private start(code: Code | null, name: string, line: number): DraftNode {
    this.flush();
    if (code) this.seq.accept(code);
    const node = newNode(code, name, line);
    this.draft.rows.push(node);
    this.cur = node;
    return node;
  }

  private line(text: string, line: number, afterMarker: boolean, index: number): void {
    const cur = this.cur;
    if (cur?.hasFigures) {
      const glued = this.findGlued(text);
      if (glued) {
        this.line(glued.before, line, afterMarker, index);
        this.line(glued.after, line, false, index);
        return;
      }
    }
    if (isTotalText(text)) {
      const run = findRun(text, this.k);
      if (run) {
        this.flush();
        this.draft.totals = {};
        run.values.forEach((v, i) => {
          const role = this.numeric[i];
          if (role && this.draft.totals) this.draft.totals[role] = v;
        });
        this.draft.totalsLine = line;
        this.cur = null;
        return;
      }
    }
    const figures = onlyFigures(text);
    if (figures) {
      const code = parseCode(text);
      // "3.5" alone on a line: the next criterion's code rather than a figure when it continues
      // the numbering and a name follows.
      const nextCode = code !== null && figures.length === 1 && /\./.test(text) && this.seq.fit(code) === 'expected' && this.codeAhead(index);
      if (cur && !cur.hasFigures && !nextCode) {
        setFigures(cur, this.numeric, figures.slice(0, this.k));
        return;
      }
      const label = this.pending[this.pending.length - 1];
      if (this.levelsExpected && cur && figures.length === 1 && label && (!this.markers || label.afterMarker)) {
        // "… quy định / 2 / Chậm dưới 10 ngày … / 1": is "2" the points of the label before it or
        // the next field's code? A criterion's first levels follow it, so with no level yet it is
        // points; later, a code that continues the numbering and is followed by a name wins.
        // Levels go down (4, 3, 2 …), so a number below the last level's points is one more level.
        const last = cur.levels[cur.levels.length - 1];
        const descending = last !== undefined && figures[0]! < last.points;
        const codeAhead = code && !code.roman && last !== undefined && !descending && this.seq.fit(code) === 'expected' && !label.afterMarker && this.codeAhead(index);
        if (!codeAhead) {
          this.pending.pop();
          this.flush();
          cur.levels.push({ label: label.text, points: figures[0]!, line: label.line });
          return;
        }
      }
      if (code && this.seq.fit(code) !== 'none' && (this.seq.fit(code) === 'expected' || this.codeAhead(index))) {
        this.start(code, '', line);
        return;
      }
      this.pending.push({ text, line, afterMarker });
      return;
    }
    const sc = splitLeadingCode(text);
    if (sc && /^[\p{L}("“'*]/u.test(sc.rest)) {
      const fit = this.seq.fit(sc.code);
      const run = findRun(sc.rest, this.k);
      if (fit === 'expected' || (fit === 'skip' && run) || (fit === 'none' && run && run.before && sc.code.parts.length >= 2)) {
        if (fit !== 'expected') {
          this.draft.warnings.push({ line, message: { vi: `Mã "${sc.code.text}" không liền mạch với đánh số trước đó`, en: `Code "${sc.code.text}" does not follow the numbering before it` } });
        }
        const node = this.start(sc.code, run ? run.before : sc.rest, line);
        if (run && run.before) {
          setFigures(node, this.numeric, run.values);
          if (run.after) this.pending.push({ text: run.after, line, afterMarker: false });
        }
        return;
      }
    }
    if (sc && sc.rest === '' && !sc.code.roman && this.seq.fit(sc.code) === 'expected') {
      this.start(sc.code, '', line);
      return;
    }
    if (sc && sc.code.roman && sc.rest === '' && this.seq.fit(sc.code) === 'expected') {
      this.start(sc.code, '', line);
      return;
    }
    if (cur && !cur.hasFigures) {
      const run = findRun(text, this.k);
      // "… nội dung 2" then "6" alone on the next line: the 2 ends the name, the 6 is the figure.
      const figuresNext = run !== null && run.after === '' && this.nextIsFigures(index);
      if (run && !figuresNext && (run.before || !cur.name || run.values.length === this.k)) {
        if (run.before) cur.name = `${cur.name} ${run.before}`.trim();
        setFigures(cur, this.numeric, run.values);
        if (run.after) this.pending.push({ text: run.after, line, afterMarker: false });
      } else cur.name = `${cur.name} ${text}`.trim();
      return;
    }
    if (cur && this.levelsExpected && (!this.markers || afterMarker)) {
      const m = /^(.*\S)\s+(\d{1,3}(?:[.,]\d{1,2})?)$/.exec(text);
      const points = m ? figureOf(m[2]!) : null;
      if (m && points !== null && cur.figures.max !== undefined && points <= cur.figures.max && /\p{L}/u.test(m[1]!)) {
        this.flush();
        cur.levels.push({ label: m[1]!, points, line });
        return;
      }
    }
    if (cur) this.pending.push({ text, line, afterMarker });
  }

  private nextIsFigures(index: number): boolean {
    for (let i = index + 1; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      if (!l.marker) return onlyFigures(l.text) !== null;
    }
    return false;
  }

  /** The next lines read as a criterion: a name and then its figures. */
  private codeAhead(index: number): boolean {
    const next: Line[] = [];
    for (let i = index + 1; i < this.lines.length && next.length < 2; i++) if (!this.lines[i]!.marker) next.push(this.lines[i]!);
    const [a, b] = next;
    if (!a || onlyFigures(a.text) || splitLeadingCode(a.text)?.rest === '') return false;
    return (b !== undefined && onlyFigures(b.text)?.length === 1) || findRun(a.text, this.k) !== null;
  }

  /**
   * A criterion glued to the end of the previous line ("…kiểm tra CCHC1.3.1 Tỷ lệ đơn vị … 1 1"):
   * a dotted code that continues the numbering, followed by a capitalised name and figures.
   */
  private findGlued(text: string): { before: string; after: string } | null {
    const re = /(?<=[\p{L})\];,]|\s)(\d{1,2}(?:\.\d{1,2}){1,4})\.?\s+(?=\p{Lu})/gu;
    for (const m of text.matchAll(re)) {
      if (m.index === 0) continue;
      const code = parseCode(m[1]!);
      if (!code || this.seq.fit(code) !== 'expected') continue;
      const after = text.slice(m.index);
      const run = findRun(after.slice(m[0].length), this.k);
      if (!run || !run.before) continue;
      const before = text.slice(0, m.index).trim();
      if (!before || foldOcr(before).endsWith('so') || foldOcr(before).endsWith('muc')) continue;
      return { before, after };
    }
    return null;
  }
}
