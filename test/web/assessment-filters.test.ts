// The form's filters list what the progress panel counts: "Chưa chấm" only items the unit scores
// itself, "Chưa có tài liệu kiểm chứng" only answered items without evidence.
import { describe, expect, it } from 'vitest';
import type { ItemState } from '../../web/src/pages/assessment/autosave';
import { localOf } from '../../web/src/pages/assessment/autosave';
import type { Item } from '../../web/src/pages/assessment/contract';
import { matchesFilter } from '../../web/src/pages/assessment/filters';

function state(patch: Partial<Item>): ItemState {
  const item: Item = {
    nodeId: 'x',
    input: null,
    points: null,
    explanation: null,
    errors: [],
    note: '',
    na: null,
    evidenceIds: [],
    flagged: false,
    flags: [],
    version: 0,
    updatedAt: null,
    updatedBy: null,
    ...patch,
  };
  return { item, local: localOf(item), status: 'saved', error: null, conflict: null };
}

const open = state({});
const answered = state({ input: { type: 'yes-no', value: true }, points: '1' });
const withEvidence = state({ input: { type: 'yes-no', value: true }, points: '1', evidenceIds: ['e1'] });
const na = state({ na: { reason: 'Không phát sinh nhiệm vụ' } });

describe('matchesFilter', () => {
  it('"not scored" lists only open items the unit scores, not those the appraisers score', () => {
    expect(matchesFilter(open, 'unanswered', 'unit')).toBe(true);
    expect(matchesFilter(open, 'unanswered', 'appraiser')).toBe(false);
    expect(matchesFilter(open, 'unanswered', 'survey')).toBe(false);
    expect(matchesFilter(answered, 'unanswered', 'unit')).toBe(false);
    expect(matchesFilter(na, 'unanswered', 'unit')).toBe(false);
  });

  it('"without evidence" lists answered items the unit scores that have none, as the panel counts them', () => {
    expect(matchesFilter(answered, 'no-evidence', 'unit')).toBe(true);
    expect(matchesFilter(withEvidence, 'no-evidence', 'unit')).toBe(false);
    expect(matchesFilter(open, 'no-evidence', 'unit')).toBe(false);
    expect(matchesFilter(na, 'no-evidence', 'unit')).toBe(false);
    expect(matchesFilter(open, 'no-evidence', 'appraiser')).toBe(false);
  });

  it('"all" lists everything; "flagged" follows the unit\'s flag and the server checks', () => {
    for (const s of [open, answered, withEvidence, na]) expect(matchesFilter(s, 'all', 'appraiser')).toBe(true);
    expect(matchesFilter(state({ flagged: true }), 'flagged', 'unit')).toBe(true);
    expect(matchesFilter(state({ flags: [{ code: 'evidence-after-deadline', message: { vi: 'x', en: 'x' } }] }), 'flagged', 'unit')).toBe(true);
    expect(matchesFilter(state({ flags: [{ code: 'no-evidence', message: { vi: 'x', en: 'x' } }] }), 'flagged', 'unit')).toBe(false);
  });
});
