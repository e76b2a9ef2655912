/**
 * Column roles from header words, whichever columns a table has and in whatever order:
 * "Điểm tối đa" / "Điểm chuẩn" → max, "Điểm đơn vị tự đánh giá" / "Điểm tự chấm" → self,
 * "Điểm thẩm định" → appraisal, "Điểm bị trừ" / "Điểm mất" → lost, "Giải trình" / "Tài liệu
 * kiểm chứng" → explanation, and the remediation columns (giải pháp, chủ trì, phối hợp, thời
 * gian, ghi chú). Matching is on folded text, so a scan without diacritics works too.
 */
import { foldOcr } from '../../vn/fold';

export type NumericRole = 'max' | 'self' | 'appraisal' | 'lost';
export type TextRole = 'explanation' | 'solution' | 'lead' | 'cooperating' | 'timeframe' | 'note';
export type Role = 'code' | 'name' | NumericRole | TextRole;

export const NUMERIC_ROLES: readonly NumericRole[] = ['max', 'self', 'appraisal', 'lost'];

// Longer phrases first: "diem tu danh gia" must win over "danh gia".
const PHRASES: [string, Role][] = [
  ['diem bi tru', 'lost'],
  ['diem bi mat', 'lost'],
  ['so diem bi tru', 'lost'],
  ['diem mat', 'lost'],
  ['diem tru', 'lost'],
  ['bi tru', 'lost'],
  ['tu danh gia', 'self'],
  ['tu cham', 'self'],
  ['diem tu', 'self'],
  ['tham dinh', 'appraisal'],
  ['diem danh gia', 'appraisal'],
  ['diem toi da', 'max'],
  ['toi da', 'max'],
  ['diem chuan', 'max'],
  ['thang diem', 'max'],
  ['giai trinh', 'explanation'],
  ['kiem chung', 'explanation'],
  ['minh chung', 'explanation'],
  ['giai phap', 'solution'],
  ['bien phap', 'solution'],
  ['chu tri', 'lead'],
  ['phoi hop', 'cooperating'],
  ['thoi gian', 'timeframe'],
  ['thoi han', 'timeframe'],
  ['tien do', 'timeframe'],
  ['ghi chu', 'note'],
  ['noi dung', 'name'],
  ['tieu chi', 'name'],
  ['linh vuc', 'name'],
];

/** Roles named in a piece of header text, in the order they appear. */
export function rolesInText(text: string): Role[] {
  const f = ` ${foldOcr(text).replace(/[/;,()]/g, ' ').replace(/\s+/g, ' ')} `;
  const found: { role: Role; at: number; end: number }[] = [];
  if (/^\s*(stt|tt|so tt|ma)\b/.test(f)) found.push({ role: 'code', at: 0, end: 0 });
  for (const [phrase, role] of PHRASES) {
    let from = 0;
    for (;;) {
      const at = f.indexOf(phrase, from);
      if (at < 0) break;
      from = at + phrase.length;
      // A phrase inside one already found ("tu danh gia" inside "diem tu danh gia") adds nothing.
      if (found.some((x) => at < x.end && at + phrase.length > x.at)) continue;
      found.push({ role, at, end: at + phrase.length });
    }
  }
  // "Nội dung" also opens the explanation header ("Nội dung giải trình"): the first name and
  // the first explanation phrase count, later ones add nothing.
  const sorted = found.sort((a, b) => a.at - b.at);
  return sorted.filter((x, i) => !((x.role === 'name' || x.role === 'explanation') && sorted.findIndex((y) => y.role === x.role) !== i)).map((x) => x.role);
}

/** A role for one header cell (the first role its words name), or null. */
export function roleOfCell(text: string): Role | null {
  if (/^\s*(stt|tt|số tt|so tt)\s*$/i.test(text.trim())) return 'code';
  return rolesInText(text).find((r) => r !== 'code') ?? null;
}

/** Whether a row of text reads like a table header: a name column and at least one figure column. */
export function looksLikeHeader(text: string): boolean {
  const roles = rolesInText(text);
  return roles.includes('name') && roles.some((r) => (NUMERIC_ROLES as readonly string[]).includes(r));
}

/** The figure columns among roles, in order, without repeats. */
export function numericRoles(roles: Role[]): NumericRole[] {
  const out: NumericRole[] = [];
  for (const r of roles) if ((NUMERIC_ROLES as readonly string[]).includes(r) && !out.includes(r as NumericRole)) out.push(r as NumericRole);
  return out;
}
