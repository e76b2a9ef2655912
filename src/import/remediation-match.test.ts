import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { parseFramework } from '../core/format/parse';
import { F000, F001, fixtureText, run } from '../../test/fixtures/import/helpers';
import { matchToFramework } from './match';
import { toFramework } from './to-framework';

const REMEDIATION = [
  'KẾ HOẠCH KHẮC PHỤC CÁC TIÊU CHÍ BỊ TRỪ ĐIỂM NĂM 2023',
  ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm thẩm định', 'Điểm bị trừ', 'Giải pháp khắc phục', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Ghi chú'].join('\t'),
  ['1', 'Công tác chỉ đạo, điều hành', '5', '3,5', '1,5', '', '', '', '', ''].join('\t'),
  ['1.1', 'Sáng kiến trong CCHC', '2', '1', '1', 'Phát động phong trào sáng kiến', 'Phòng Nội vụ', 'Các phòng chuyên môn', 'Quý II/2024', ''].join('\t'),
  ['1.2', 'Kiểm tra công tác CCHC', '3', '2,5', '0,75', 'Ban hành kế hoạch kiểm tra sớm', 'Văn phòng HĐND và UBND', 'Phòng Nội vụ', 'Tháng 01/2024', 'Theo Kế hoạch số 12/KH-UBND ngày 05/01/2024'].join('\t'),
].join('\n');

describe('remediation table', () => {
  it('is recognised with its solution, agencies and time frame, and a wrong lost figure is reported', async () => {
    const r = await run(REMEDIATION, 'khac-phuc.tsv');
    expect(r.kind).toBe('remediation');
    const [field] = r.nodes;
    expect(field).toMatchObject({ code: '1', max: 5, appraisal: 3.5, lost: 1.5 });
    expect(field!.children[0]).toMatchObject({ code: '1.1', solution: 'Phát động phong trào sáng kiến', lead: 'Phòng Nội vụ', cooperating: 'Các phòng chuyên môn', timeframe: 'Quý II/2024', note: null });
    expect(r.totals).toEqual({ max: 5, self: null, appraisal: 3.5, lost: 1.75 });
    expect(r.findings.map((f) => `${f.rule} ${f.code} ${f.stated} ${f.computed}`)).toEqual(
      expect.arrayContaining(['lost-mismatch 1.2 0.75 0.5', 'sum-mismatch 1 1.5 1.75']),
    );
  });
});

describe('matching to an existing criteria set', () => {
  it('matches by code, then by name across lost diacritics, and lists what is left', async () => {
    const framework = toFramework(await run(fixtureText(F000)));
    const scan = await run(fixtureText(F000).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
    const all = matchToFramework(scan.nodes, framework);
    expect(all.unmatchedImported).toEqual([]);
    expect(all.unmatchedFramework).toEqual([]);
    expect(all.matches.every((m) => m.by === 'code')).toBe(true);

    // Renumbered: field 2 printed as 9 — its criteria are found by name.
    const renumbered = structuredClone(scan.nodes);
    const f2 = renumbered[1]!;
    f2.code = '9';
    f2.children.forEach((c, i) => (c.code = `9.${i + 1}`));
    f2.children.push({ ...f2.children[0]!, code: '9.99', name: 'Tiêu chí hoàn toàn mới về chuyển đổi số', children: [] });
    const m = matchToFramework(renumbered, framework);
    expect(m.matches.find((x) => x.imported === '9.1')).toMatchObject({ frameworkId: '2.1', by: 'name' });
    expect(m.unmatchedImported.map((u) => u.id)).toEqual(['9.99']);
  });

  it('matches the 2023 draft (fixture 001) to the bundled Quảng Điền criteria set, every row', async () => {
    const parsed = parseFramework(readFileSync(join(import.meta.dirname, '../../frameworks/department-2023.yaml'), 'utf8'));
    if (!parsed.ok) throw new Error('bundled framework does not parse');
    const stripped = fixtureText(F001).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    for (const text of [fixtureText(F001), stripped]) {
      const m = matchToFramework((await run(text)).nodes, parsed.framework);
      expect(m.unmatchedImported).toEqual([]);
      expect(m.unmatchedFramework).toEqual([]);
      expect(m.matches.length).toBeGreaterThan(70);
    }
  });
});
