/**
 * Title, issuing unit and year from the text before the table: the last upper-case title line
 * ("BẢNG TỔNG HỢP …", "HƯỚNG DẪN …", "BỘ TIÊU CHÍ …") with the upper-case lines that continue
 * it; the unit from "(Kèm theo … của UBND huyện X)" or the issuing-body block at the top.
 */
import { fold } from '../../vn/fold';

const TITLE = /^(bang tong hop|bang cham diem|bang danh gia|bao cao|bo tieu chi|huong dan|ke hoach khac phuc|danh muc|ket qua|phu luc|tieu chi)/;

function upperRatio(s: string): number {
  const letters = [...s].filter((c) => c.toLowerCase() !== c.toUpperCase());
  return letters.length === 0 ? 0 : letters.filter((c) => c === c.toUpperCase()).length / letters.length;
}

function clean(s: string): string {
  return s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
}

export function findTitle(preamble: string[]): string | null {
  const lines = preamble.map(clean);
  let best = -1;
  lines.forEach((l, i) => {
    const f = fold(l);
    if (TITLE.test(f) && upperRatio(l) > 0.8 && !/^phu luc( \S+)?$/.test(f)) best = i;
  });
  if (best < 0) return null;
  const parts = [lines[best]!];
  for (let i = best + 1; i < lines.length && parts.length < 4; i++) {
    const l = lines[i]!;
    if (upperRatio(l) < 0.8 || l.startsWith('(')) break;
    parts.push(l);
  }
  return parts.join(' ');
}

const UNIT = /của\s+((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Sở|Phòng|Ban|Văn phòng)\s+[^)]+?)\s*\)?\s*$/iu;

export function findUnit(preamble: string[]): string | null {
  const lines = preamble.map(clean);
  for (const l of lines) {
    if (!/kèm theo/iu.test(l)) continue;
    const m = UNIT.exec(l);
    // "của UBND huyện" names no one: a proper name follows the unit type.
    if (m && m[1]!.split(/\s+/).length >= 4) return m[1]!;
  }
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const f = fold(lines[i]!);
    if (/^(uy ban nhan dan|ubnd|so |phong |ban )/.test(f) && upperRatio(lines[i]!) > 0.8) {
      const next = lines[i + 1];
      if (next && upperRatio(next) > 0.8 && /^(huyen|xa|phuong|thi xa|thanh pho|tinh|quan|thi tran)\b/.test(fold(next))) return `${lines[i]} ${next}`;
      return lines[i]!;
    }
  }
  return null;
}

export function findYear(title: string | null, preamble: string[]): number | null {
  const inTitle = title ? /n[aă]m (\d{4})/iu.exec(title) ?? /(20\d{2})/.exec(title) : null;
  if (inTitle) return Number(inTitle[1]);
  for (const l of preamble) {
    const m = /năm (20\d{2})/u.exec(l);
    if (m) return Number(m[1]);
  }
  return null;
}
