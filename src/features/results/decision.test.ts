import { describe, expect, it } from 'vitest';
import { describeEachApp } from '../../../test/support/app';
import { docxRawText } from '../../export/testing/read';
import { AppError } from '../common/errors';
import { BLANK_DECISION, decisionFrom } from './decision';
import { finalised } from './test-fixture';

describe('decisionFrom', () => {
  it('takes the typed decision, blanks without one, and names the bad field', () => {
    expect(decisionFrom({ decisionNumber: ' 125 ', decisionSymbol: 'QĐ-UBND', decisionDate: '2027-01-15', decisionIssuer: 'Ủy ban nhân dân tỉnh Quảng Ninh' })).toEqual({
      number: '125',
      symbol: 'QĐ-UBND',
      date: '2027-01-15',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh',
    });
    expect(decisionFrom({})).toBe(BLANK_DECISION);
    expect(decisionFrom({ decisionNumber: '', decisionSymbol: ' ', decisionIssuer: '' })).toBe(BLANK_DECISION);
    const refused = (q: Parameters<typeof decisionFrom>[0]) => {
      try {
        decisionFrom(q);
      } catch (e) {
        return e instanceof AppError ? e.field : 'other';
      }
      return 'accepted';
    };
    expect(refused({ decisionNumber: '12a', decisionSymbol: 'QĐ-UBND', decisionIssuer: 'UBND tỉnh' })).toBe('decisionNumber');
    expect(refused({ decisionNumber: '12', decisionIssuer: 'UBND tỉnh' })).toBe('decisionSymbol');
    expect(refused({ decisionSymbol: 'QĐ UBND', decisionIssuer: 'UBND tỉnh' })).toBe('decisionSymbol');
    expect(refused({ decisionSymbol: 'QĐ-UBND', decisionDate: '2027-02-30', decisionIssuer: 'UBND tỉnh' })).toBe('decisionDate');
    expect(refused({ decisionSymbol: 'QĐ-UBND', decisionDate: '15/01/2027', decisionIssuer: 'UBND tỉnh' })).toBe('decisionDate');
    expect(refused({ decisionSymbol: 'QĐ-UBND' })).toBe('decisionIssuer');
  });
});

describeEachApp('ranking annex and its decision', (getApp) => {
  it('writes the "Kèm theo Quyết định" line as typed, blank without it, and refuses a bad date in both languages', async () => {
    const t = getApp();
    const c = await finalised(t);
    const url = `/api/periods/${c.periodId}/results/ranking.docx`;
    const q = new URLSearchParams({ decisionNumber: '125', decisionSymbol: 'QĐ-UBND', decisionDate: '2027-01-15', decisionIssuer: 'Ủy ban nhân dân tỉnh Quảng Ninh' });
    const typed = await t.inject(c.organiser, 'GET', `${url}?${q}`);
    expect(typed.statusCode).toBe(200);
    expect(await docxRawText(typed.rawPayload)).toContain('(Kèm theo Quyết định số 125/QĐ-UBND ngày 15/01/2027 của Ủy ban nhân dân tỉnh Quảng Ninh)');
    const blank = await t.inject(c.organiser, 'GET', url);
    expect(await docxRawText(blank.rawPayload)).toContain('(Kèm theo Quyết định số …/QĐ-UBND ngày … của …)');
    q.set('decisionDate', '2027-13-01');
    const bad = await t.inject(c.organiser, 'GET', `${url}?${q}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('decisionDate');
    expect(bad.body).toContain('không hợp lệ');
    expect(bad.body).toContain('is not valid');
  });
});
