import { describe, expect, it } from 'vitest';
import type { AssessmentItemsTable } from '../../db/types';
import { flagsOf } from './present';
import type { LeafInfo } from './prepared';

// A plan item whose criteria set states a yearly deadline "01-20" ("trước ngày 20/01 hằng năm").
const leaf = { scoredBy: 'unit', deadline: '01-20' } as LeafInfo;
const row = { input: '{"type":"date","date":"2026-01-15"}', na_reason: null } as AssessmentItemsTable;
const window = { dataStart: '2026-01-01', dataEnd: '2026-10-15' };
const codes = (documentDate: string) => flagsOf(row, leaf, [{ evidence_id: 'e1', document_date: documentDate }], window, []).map((f) => f.code);

describe('evidence flags against a yearly deadline', () => {
  it('resolves "01-20" in the year the data window ends', () => {
    expect(codes('2026-01-25')).toEqual(['evidence-after-deadline']);
    expect(codes('2026-01-20')).toEqual([]);
  });

  it('names the resolved date in the message', () => {
    const [flag] = flagsOf(row, leaf, [{ evidence_id: 'e1', document_date: '2026-02-01' }], window, []);
    expect(flag?.message.vi).toBe('Tài liệu kiểm chứng ban hành sau hạn 20/01/2026 của tiêu chí');
  });
});
