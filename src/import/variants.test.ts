import { describe, it, expect } from 'vitest';
import { F000, F001, FIELDS_000, figures, find, fixtureText, run } from '../../test/fixtures/import/helpers';

/** Diacritics stripped the way a poor scan loses them (đ → d too). */
function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

describe('not tuned to the fixtures: variants of 000', () => {
  it('survives other page headers, footers and watermarks', async () => {
    let page = 0;
    const text = fixtureText(F000)
      .split('\n')
      .flatMap((line) => {
        if (/Evaluation Only|^\d+\/25$/.test(line.trim())) return [];
        if (line.startsWith('STT Lĩnh vực')) {
          page++;
          return [`- ${page} -`, 'UBND HUYỆN HÀ QUẢNG — BÁO CÁO CCHC NĂM 2022', `Trang ${page}/12`, 'Bản dùng thử - Created with PDF Converter Trial Version', line];
        }
        return [line];
      })
      .join('\n');
    const r = await run(text);
    expect(figures(r.nodes)).toEqual(FIELDS_000);
    expect(r.totals).toMatchObject({ max: 100, self: 93 });
    expect(r.findings).toEqual([]);
    expect(JSON.stringify(r.nodes)).not.toMatch(/Trang \d|Trial|BÁO CÁO CCHC NĂM 2022/);
  });

  it('reads codes printed with a trailing dot ("1.", "1.3.1.")', async () => {
    const text = fixtureText(F000).replace(/^(\s*)(\d{1,2}(?:\.\d{1,2})*)(\s+\p{Lu})/gmu, '$1$2.$3');
    expect(text).toContain('1.3.2. Mức độ');
    const r = await run(text);
    expect(figures(r.nodes)).toEqual(FIELDS_000);
    expect(find(r.nodes, ['1', '1.3', '1.3.2'])).toMatchObject({ max: 2, self: 2 });
    expect(r.findings).toEqual([]);
  });

  it('reads a scan that lost its diacritics, with OCR slips in the evidence', async () => {
    const text = stripMarks(fixtureText(F000)).replace(/ so: /g, ' s6: ');
    const r = await run(text);
    expect(r.kind).toBe('report');
    expect(figures(r.nodes)).toEqual(FIELDS_000);
    expect(r.totals).toMatchObject({ max: 100, self: 93 });
    expect(find(r.nodes, ['1', '1.1']).citations[0]).toMatchObject({ number: '67/KH-UBND', date: '2022-01-10' });
    expect(find(r.nodes, ['1', '1.3', '1.3.1']).name).toBe('Ty le don vi hanh chinh cap xa duoc kiem tra trong nam');
  });

  it('reads the same table with appraisal and lost columns added', async () => {
    // Append "appraisal lost" after each figure pair: 2 columns become 4.
    const text = fixtureText(F000)
      .replace('Điểm đơn\nvị tự đánh\n\ngiá', 'Điểm đơn\nvị tự đánh\n\ngiá\n\nĐiểm thẩm định\n\nĐiểm bị trừ')
      .split('\n')
      .map((line) => {
        const pair = /^(.*?)(?<![\d.,])(\d{1,3}(?:\.\d)?) (\d{1,3}(?:\.\d)?)(?=\s|$)(.*)$/u.exec(line);
        const figureLine = pair && (/^\s*\d{1,2}(\.\d{1,2})*\s+\p{L}/u.test(line) || /^\s*$/.test(pair[1]!) || /[\p{L})]\s*$/u.test(pair[1]!));
        if (!pair || !figureLine) return line;
        const [max, self] = [Number(pair[2]), Number(pair[3])];
        return `${pair[1]}${pair[2]} ${pair[3]} ${pair[3]} ${Math.round((max - self) * 10) / 10}${pair[4]}`;
      })
      .join('\n');
    const r = await run(text);
    expect(r.nodes.map((n) => [n.code, n.max, n.self, n.appraisal, n.lost])).toEqual(FIELDS_000.map(([c, m, s]) => [c, m, s, s, m - s]));
    expect(r.totals).toEqual({ max: 100, self: 93, appraisal: 93, lost: 7 });
  });
});

describe('not tuned to the fixtures: variants of 001', () => {
  it('reads the criteria set without the empty-cell markers of the web page', async () => {
    const text = fixtureText(F001).replace(/^\u00a0\s*$/gm, '');
    const r = await run(text);
    expect(r.kind).toBe('framework');
    expect(r.nodes.map((n) => [n.code, n.max])).toEqual([
      ['I', 22],
      ['II', 73],
      ['III', 2],
    ]);
    expect(find(r.nodes, ['I', '1', '1.1']).rubric?.type).toBe('deadline');
    expect(find(r.nodes, ['II', '2', '2.4']).rubric?.type).toBe('percent-bands');
  });

  it('reads it without diacritics', async () => {
    const r = await run(stripMarks(fixtureText(F001)));
    expect(r.kind).toBe('framework');
    expect(find(r.nodes, ['I', '1', '1.3']).rubric).toMatchObject({ type: 'percent-bands', bands: [{ from: 8000, fromExclusive: true }, { from: 7000 }, { from: 5000 }] });
    expect(find(r.nodes, ['I', '2']).rubric).toMatchObject({ type: 'deduction', perItem: 0.75 });
    expect(r.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.code)).toEqual(['II', '6']);
  });
});
