/**
 * Document references in evidence text (Nghị định 30/2020/NĐ-CP style):
 * "Kế hoạch số 67/KH-UBND ngày 10/01/2022 của UBND huyện về cải cách hành chính năm 2022".
 * A kind word before the number wins; otherwise the kind is read from the symbol
 * (KH → Kế hoạch, BC → Báo cáo, QĐ → Quyết định …; a symbol that starts with the issuer,
 * "3456/UBND-NV", is a Công văn).
 */
import { findDates } from './dates';
import { fold } from './fold';

export type CitationKind =
  | 'Kế hoạch'
  | 'Báo cáo'
  | 'Quyết định'
  | 'Thông báo'
  | 'Công văn'
  | 'Tờ trình'
  | 'Nghị quyết'
  | 'Chỉ thị'
  | 'Hướng dẫn'
  | 'Nghị định'
  | 'Thông tư'
  | 'Kết luận'
  | 'Giấy mời'
  | 'Đề án'
  | 'Chương trình'
  | 'Quy chế'
  | 'Biên bản';

export interface Citation {
  kind: CitationKind | null;
  /** Number and symbol as printed, spaces removed: "67/KH-UBND", "03/2022/QĐ-UBND". */
  number: string;
  date: string | null;
  issuer: string | null;
  subject: string | null;
  /** The part of the text this reference was read from. */
  text: string;
}

const KIND_WORDS: [string, CitationKind][] = [
  ['ke hoach', 'Kế hoạch'],
  ['bao cao', 'Báo cáo'],
  ['quyet dinh', 'Quyết định'],
  ['thong bao', 'Thông báo'],
  ['cong van', 'Công văn'],
  ['to trinh', 'Tờ trình'],
  ['nghi quyet', 'Nghị quyết'],
  ['chi thi', 'Chỉ thị'],
  ['huong dan', 'Hướng dẫn'],
  ['nghi dinh', 'Nghị định'],
  ['thong tu', 'Thông tư'],
  ['ket luan', 'Kết luận'],
  ['giay moi', 'Giấy mời'],
  ['de an', 'Đề án'],
  ['chuong trinh', 'Chương trình'],
  ['quy che', 'Quy chế'],
  ['bien ban', 'Biên bản'],
];

const SYMBOL_KINDS: Record<string, CitationKind> = {
  KH: 'Kế hoạch',
  BC: 'Báo cáo',
  QĐ: 'Quyết định',
  QD: 'Quyết định',
  TB: 'Thông báo',
  CV: 'Công văn',
  TTR: 'Tờ trình',
  NQ: 'Nghị quyết',
  CT: 'Chỉ thị',
  HD: 'Hướng dẫn',
  NĐ: 'Nghị định',
  ND: 'Nghị định',
  TT: 'Thông tư',
  KL: 'Kết luận',
  GM: 'Giấy mời',
  ĐA: 'Đề án',
  CTR: 'Chương trình',
  QC: 'Quy chế',
  BB: 'Biên bản',
};

// number [/year] / SYMBOL-PARTS; the symbol starts with a capital letter so dates never match.
const NUMBER =
  /(?<![\p{L}\d/])(\d{1,6})\s*(?:\/\s*(\d{4})\s*)?[/]\s*(\p{Lu}[\p{Lu}\d]*(?:\s?-\s?[\p{L}\d]+)*)/gu;

interface Hit {
  start: number;
  numberStart: number;
  end: number;
  number: string;
  symbolHead: string;
  kind: CitationKind | null;
}

function kindFromSymbol(head: string): CitationKind {
  return SYMBOL_KINDS[head.toUpperCase()] ?? 'Công văn';
}

/** Kind word written just before the number ("Kế hoạch số", "Công văn", "Thông báo số:"). */
function kindBefore(folded: string, from: number, numberStart: number): { kind: CitationKind; at: number } | null {
  const windowStart = Math.max(from, numberStart - 40);
  const before = folded.slice(windowStart, numberStart);
  let best: { kind: CitationKind; at: number } | null = null;
  for (const [word, kind] of KIND_WORDS) {
    const at = before.lastIndexOf(word);
    if (at < 0) continue;
    // Only a few words between the kind and the number ("Kết luận kiểm tra số 807/KL-UBND").
    const between = before.slice(at + word.length);
    if (between.split(/\s+/).filter(Boolean).length > 4) continue;
    if (!best || at > best.at - windowStart) best = { kind, at: windowStart + at };
  }
  return best;
}

export function parseCitations(text: string): Citation[] {
  const folded = fold(text, { keepLength: true });
  const hits: Hit[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(NUMBER)) {
    const symbol = m[3]!.replace(/\s+/g, '');
    const head = symbol.split('-')[0] ?? '';
    const numberStart = m.index;
    const word = kindBefore(folded, previousEnd, numberStart);
    let start = word ? word.at : numberStart;
    if (!word) {
      // Include a leading "số" / "số:" in the quoted text.
      const lead = /(?:^|\s)(so\s*:?\s*)$/.exec(folded.slice(Math.max(previousEnd, numberStart - 8), numberStart));
      if (lead) start = numberStart - lead[1]!.length;
    }
    const number = `${m[1]}/${m[2] ? `${m[2]}/` : ''}${symbol}`;
    hits.push({ start, numberStart, end: m.index + m[0].length, number, symbolHead: head, kind: word ? word.kind : kindFromSymbol(head) });
    previousEnd = m.index + m[0].length;
  }
  return hits.map((hit, i) => {
    const next = hits[i + 1]?.start ?? text.length;
    let stop = next;
    const rest = text.slice(hit.end, next);
    const terminator = /;|\.\s+(?=\p{Lu})|\n\s*[-•]|\.\s*$/u.exec(rest);
    if (terminator) stop = hit.end + terminator.index;
    const segment = text.slice(hit.start, stop);
    const after = text.slice(hit.end, stop);
    const dates = findDates(after);
    const firstDate = dates[0];
    const date = firstDate && firstDate.index < 30 ? firstDate.iso : null;
    let tail = firstDate && date ? after.slice(firstDate.index + firstDate.length) : after;
    tail = tail.replace(/^[\s,:]+/, '');
    let issuer: string | null = null;
    const of = /^của\s+(.+?)(?=\s+(?:về|v\/v|V\/v|tại|theo)\s|[,;]|$)/u.exec(tail);
    if (of) {
      issuer = of[1]!.trim();
      tail = tail.slice(of[0].length).replace(/^[\s,:]+/, '');
    }
    const subject = tail.replace(/^(?:về việc|về|v\/v|V\/v)\s+/u, '').trim().replace(/[.;,]+$/, '') || null;
    return { kind: hit.kind, number: hit.number, date, issuer, subject, text: segment.trim().replace(/\s+/g, ' ') };
  });
}
