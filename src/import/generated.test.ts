import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { importDocument } from './index';
import type { ImportedNode } from './types';

const WORDS = ['Thực', 'hiện', 'kế', 'hoạch', 'cải', 'cách', 'hành', 'chính', 'công', 'tác', 'kiểm', 'tra', 'báo', 'cáo', 'tỷ', 'lệ', 'hồ', 'sơ', 'đúng', 'hạn', 'đơn', 'vị', 'thủ', 'tục', 'cấp', 'xã', 'ban', 'hành', 'văn', 'bản'];

interface Row {
  code: string;
  depth: number;
  name: string;
  max: number; // quarters of a point
  self: number;
}

const name = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 14 }).map((w) => {
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
});

/** A random two- or three-level table whose parents add up. */
const table = fc
  .array(fc.array(fc.array(fc.tuple(name, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 0, maxLength: 3 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })
  .chain((fields) => fc.tuple(fc.constant(fields), fc.array(name, { minLength: 40, maxLength: 40 })))
  .map(([fields, names]) => {
    const rows: Row[] = [];
    let n = 0;
    fields.forEach((criteria, f) => {
      const fieldRow: Row = { code: `${f + 1}`, depth: 0, name: names[n++ % names.length]!.toUpperCase(), max: 0, self: 0 };
      rows.push(fieldRow);
      criteria.forEach((subs, c) => {
        const critRow: Row = { code: `${f + 1}.${c + 1}`, depth: 1, name: names[n++ % names.length]!, max: 0, self: 0 };
        rows.push(critRow);
        if (subs.length === 0) {
          critRow.max = 4;
          critRow.self = 3;
        }
        subs.forEach(([sname, max, self], s) => {
          const m = max;
          const v = Math.min(self, max);
          rows.push({ code: `${f + 1}.${c + 1}.${s + 1}`, depth: 2, name: sname, max: m, self: v });
          critRow.max += m;
          critRow.self += v;
        });
        fieldRow.max += critRow.max;
        fieldRow.self += critRow.self;
      });
    });
    return rows;
  });

/** Quarters of a point as printed, with a decimal comma or point. */
function print(q: number, comma: boolean): string {
  const s = String(q / 4);
  return comma ? s.replace('.', ',') : s;
}

function render(rows: Row[], wrapAt: number, comma: boolean): string {
  const out = ['BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024', 'STT Tiêu chí Điểm tối đa Điểm tự đánh giá Giải trình, tài liệu kiểm chứng'];
  rows.forEach((r, i) => {
    const words = r.name.split(' ');
    const head = words.slice(0, wrapAt).join(' ');
    const tail = words.slice(wrapAt).join(' ');
    const figures = `${print(r.max, comma)} ${print(r.self, comma)}`;
    const explanation = i % 3 === 0 ? ` Báo cáo số ${100 + i}/BC-UBND ngày ${(i % 27) + 1}/3/2024` : '';
    if (tail) out.push(`${r.code} ${head}`, `${tail} ${figures}${explanation}`);
    else out.push(`${r.code} ${head} ${figures}${explanation}`);
    if (i % 9 === 8) out.push('', `Trang ${i}`, '');
  });
  return out.join('\n');
}

function flatten(nodes: ImportedNode[], out: ImportedNode[] = []): ImportedNode[] {
  for (const n of nodes) {
    out.push(n);
    flatten(n.children, out);
  }
  return out;
}

describe('generated tables (property)', () => {
  it('every row comes back with its code, name and figures, whatever the wrapping and decimal mark', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.integer({ min: 1, max: 10 }), fc.boolean(), async (rows, wrapAt, comma) => {
        const r = await importDocument(new TextEncoder().encode(render(rows, wrapAt, comma)), 'generated.txt');
        expect(flatten(r.nodes).map((n) => [n.code, n.name, n.max, n.self])).toEqual(rows.map((x) => [x.code, x.name, x.max / 4, x.self / 4]));
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
