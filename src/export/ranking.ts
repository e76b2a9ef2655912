/** Ranking documents (issue 6): ranking.xlsx, ranking-annex.docx and the same annex as PDF. */
import { rankingModel } from './build/ranking';
import { renderDocx } from './docx/render';
import { renderPdf } from './pdf/render';
import type { RankingInput } from './types';
import { renderXlsx } from './xlsx/table-sheet';

export function rankingXlsx(input: RankingInput): Promise<Buffer> {
  return renderXlsx([{ name: 'Xếp hạng', appendix: rankingModel(input).appendices[0]! }]);
}

export function rankingAnnexDocx(input: RankingInput): Promise<Buffer> {
  return renderDocx(rankingModel(input));
}

export function rankingPdf(input: RankingInput): Promise<Buffer> {
  return renderPdf(rankingModel(input), `Xếp hạng Chỉ số CCHC năm ${input.year}`);
}
