import { describe, it, expect } from 'vitest';
import { points as p, parsePoints } from '../core/points';
import type { Points } from '../core/points';
import { bandOf, rubricFromWords, tierOf } from './rubric-from-words';

const L = (label: string, pts: string): { label: string; points: Points } => ({ label, points: parsePoints(pts) });

describe('bandOf: percentage wording', () => {
  it.each([
    ['Từ 95% - dưới 100%', { from: 9500, to: 10000 }],
    ['Từ 80 dưới 100% văn bản được xử lý kịp thời', { from: 8000, to: 10000 }],
    ['Từ 90% đến 100% văn bản', { from: 9000, to: 10000, toInclusive: true }],
    ['Đạt từ 50% trở lên', { from: 5000, to: null }],
    ['Hoàn thành từ 80% trở lên', { from: 8000, to: null }],
    ['Thực hiện trên 80% kế hoạch', { from: 8000, to: null, fromExclusive: true }],
    ['Dưới 85%', { from: null, to: 8500 }],
    ['Từ dưới 90% cán bộ', { from: null, to: 9000 }],
    ['100% hồ sơ được giải quyết', { from: 10000, to: null }],
    ['Tu 95,5% - duoi 100%', { from: 9550, to: 10000 }],
  ])('%s', (label, band) => {
    expect(bandOf(label)).toEqual(band);
  });
  it('reads no band where there is no percentage', () => {
    expect(bandOf('Từ mức 0,2 lương cơ sở trở lên')).toBeNull();
    expect(bandOf('Có ban hành')).toBeNull();
  });
});

describe('tierOf: deadline wording', () => {
  it.each([
    ['Trước và đúng thời gian quy định', { kind: 'on-time' }],
    ['Chậm dưới 10 ngày so với thời gian quy định', { kind: 'late', first: 1, last: 9 }],
    ['Lập và gửi báo cáo chậm không quá 10 ngày', { kind: 'late', first: 1, last: 10 }],
    ['ban hành chậm từ 10 ngày trở lên', { kind: 'late', first: 10, last: null }],
    ['Không ban hành hoặc ban hành chậm từ 10 ngày trở lên', { kind: 'missing-or-late', first: 10 }],
    ['Chậm trên 15 ngày so với yêu cầu', { kind: 'late', first: 16, last: null }],
    ['Quá từ 01 đến 03 ngày so với thời gian yêu cầu', { kind: 'late', first: 1, last: 3 }],
    ['Không ban hành kế hoạch', { kind: 'missing' }],
  ])('%s', (label, tier) => {
    expect(tierOf(label)).toEqual(tier);
  });
});

describe('rubricFromWords', () => {
  it('deadline tiers with the missing document', () => {
    const r = rubricFromWords([L('Trước và đúng thời gian quy định', '2'), L('Chậm dưới 10 ngày so với thời gian quy định', '1'), L('Không ban hành hoặc ban hành chậm từ 10 ngày trở lên', '0')], p(2));
    expect(r.rubric).toMatchObject({ type: 'deadline', tiers: [{ maxDaysLate: 0 }, { maxDaysLate: 9 }, { maxDaysLate: null }], missingPoints: 0 });
    expect(r.dayGaps).toEqual([]);
  });

  it('names the day the wording leaves out', () => {
    const r = rubricFromWords([L('Đảm bảo thời gian theo yêu cầu', '2'), L('Chậm dưới 15 ngày so với yêu cầu', '1'), L('Chậm trên 15 ngày so với yêu cầu', '0')], p(2));
    expect(r.dayGaps).toEqual([{ first: 15, last: 15 }]);
  });

  it('per-item deduction from one level', () => {
    const r = rubricFromWords([L('Nội dung và thời gian báo cáo đảm bảo theo quy định (Mỗi tiêu chí không đạt yêu cầu trừ 0,75 điểm)', '3')], p(3));
    expect(r.rubric).toEqual({ type: 'deduction', perItem: parsePoints('0,75'), itemLabel: 'Nội dung và thời gian báo cáo đảm bảo theo quy định (Mỗi tiêu chí không đạt yêu cầu trừ 0,75 điểm)' });
  });

  it('count × points capped at the max', () => {
    const r = rubricFromWords([L('Sáng kiến được công nhận (01 sáng kiến = 02 điểm)', '4'), L('Không có sáng kiến', '0')], p(4));
    expect(r.rubric).toMatchObject({ type: 'count', perItem: p(2), cap: p(4) });
  });

  it('two different rates stay levels, with a warning', () => {
    const r = rubricFromWords([L('Sáng kiến cấp tỉnh (01 sáng kiến = 02 điểm)', '3'), L('Sáng kiến cấp huyện (01 sáng kiến = 01 điểm)', '2'), L('Không có', '0')], p(3));
    expect(r.rubric.type).toBe('levels');
    expect(r.warnings).toHaveLength(1);
  });

  it('checklist, yes/no and plain levels', () => {
    expect(rubricFromWords([L('Có quyết định', '1'), L('Có báo cáo', '1')], p(2)).rubric.type).toBe('checklist');
    expect(rubricFromWords([L('Có ban hành', '1'), L('Không ban hành', '0')], p(1)).rubric).toEqual({ type: 'yes-no', yesLabel: 'Có ban hành', noLabel: 'Không ban hành' });
    const plain = rubricFromWords([L('Xác định đầy đủ', '1'), L('Chưa đầy đủ', '0,5'), L('Không xác định', '0')], p(1));
    expect(plain.rubric).toEqual({
      type: 'levels',
      levels: [
        { id: 'l1', label: 'Xác định đầy đủ', points: p(1) },
        { id: 'l2', label: 'Chưa đầy đủ', points: parsePoints('0,5') },
        { id: 'l3', label: 'Không xác định', points: p(0) },
      ],
    });
    expect(plain.warnings).toEqual([]);
  });

  it('two levels on the same percentage stay levels', () => {
    const r = rubricFromWords([L('Hoàn thành 100% đúng tiến độ', '5'), L('Hoàn thành 100% nhưng có nhiệm vụ muộn', '4'), L('Dưới 100%', '0')], p(5));
    expect(r.rubric.type).toBe('levels');
    expect(r.warnings[0]?.en).toMatch(/share one percentage range/);
  });
});
