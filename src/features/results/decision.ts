// The decision a ranking annex is attached to ("Kèm theo Quyết định số 12/QĐ-UBND ngày
// 15/01/2027 của Ủy ban nhân dân tỉnh …"), as the organiser types it when downloading the annex
// (query parameters of GET …/ranking.docx). Without one, the annex keeps the line with blanks
// for the clerk to fill by hand once the decision is numbered.
import { dateParts } from '../../export/format';
import type { RankingInput } from '../../export/types';
import { invalid } from '../common/errors';

export interface DecisionQuery {
  decisionNumber?: string;
  decisionSymbol?: string;
  decisionDate?: string;
  decisionIssuer?: string;
}

type Decision = NonNullable<RankingInput['decision']>;

/** The line to fill by hand: "(Kèm theo Quyết định số …/QĐ-UBND ngày … của …)". */
export const BLANK_DECISION: Decision = { number: '…', symbol: 'QĐ-UBND', issuer: '…' };

const SYMBOL = /^[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*$/u;

/** The decision from the query, BLANK_DECISION when none was given; a bad field is refused by name. */
export function decisionFrom(q: DecisionQuery): Decision {
  const number = q.decisionNumber?.trim() ?? '';
  const symbol = q.decisionSymbol?.trim() ?? '';
  const date = q.decisionDate?.trim() ?? '';
  const issuer = q.decisionIssuer?.trim() ?? '';
  if (!number && !symbol && !date && !issuer) return BLANK_DECISION;
  if (number && !/^\d{1,6}$/.test(number)) throw invalid('decisionNumber', `số quyết định "${number}" phải là số (ví dụ 125)`, `decision number "${number}" must be digits (e.g. 125)`);
  if (!symbol) throw invalid('decisionSymbol', 'cần ký hiệu của quyết định (ví dụ QĐ-UBND)', "the decision's symbol is required (e.g. QĐ-UBND)");
  if (symbol.length > 40 || !SYMBOL.test(symbol)) throw invalid('decisionSymbol', `ký hiệu "${symbol}" không hợp lệ (ví dụ QĐ-UBND)`, `symbol "${symbol}" is not valid (e.g. QĐ-UBND)`);
  if (date && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !dateParts(date))) throw invalid('decisionDate', `ngày "${date}" không hợp lệ (cần YYYY-MM-DD)`, `date "${date}" is not valid (expected YYYY-MM-DD)`);
  if (!issuer) throw invalid('decisionIssuer', 'cần tên cơ quan ban hành quyết định', 'the issuing authority is required');
  if (issuer.length > 200) throw invalid('decisionIssuer', 'tên cơ quan ban hành dài quá 200 ký tự', 'the issuing authority is longer than 200 characters');
  return { ...(number ? { number } : { number: '…' }), symbol, ...(date ? { date } : {}), issuer };
}
