/**
 * The ranking table of one unit type (issue 6): Hạng | Đơn vị | Tổng điểm | Chỉ số (%) |
 * Xếp loại, then one column per field — as an annex to the decision that publishes it.
 */
import { attachedTo, indexText, nfc, pointsText } from '../format';
import type { Appendix, DocumentModel } from '../model/document';
import type { Cell, TableColumn, TableModel } from '../model/table';
import type { RankingInput } from '../types';
import { checkRanking } from '../validate';

export const RANKING_HEADERS = ['Hạng', 'Đơn vị', 'Tổng điểm', 'Chỉ số (%)', 'Xếp loại'] as const;

function pointsCell(p: RankingInput['rows'][number]['total'] | null): Cell {
  return p === null ? { text: '' } : { text: pointsText(p), value: { kind: 'points', points: p } };
}

export function rankingTable(input: RankingInput): TableModel {
  const fieldWidth = input.fields.length > 8 ? 7 : 8;
  const columns: TableColumn[] = [
    { header: RANKING_HEADERS[0], width: 5, align: 'center', numeric: true },
    { header: RANKING_HEADERS[1], width: 26, align: 'left' },
    { header: RANKING_HEADERS[2], width: 8, align: 'center', numeric: true },
    { header: RANKING_HEADERS[3], width: 8, align: 'center', numeric: true },
    { header: RANKING_HEADERS[4], width: 8, align: 'center' },
    ...input.fields.map((f): TableColumn => ({
      header: nfc(`${f.code ? `${f.code}. ` : ''}${f.name} (${pointsText(f.max)})`),
      width: fieldWidth,
      align: 'center',
      numeric: true,
    })),
  ];
  return {
    columns,
    rows: input.rows.map((r) => ({
      style: 'plain',
      cells: [
        { text: String(r.rank), value: { kind: 'int', n: r.rank } },
        { text: nfc(r.unitName) },
        pointsCell(r.total),
        { text: indexText(r.index), value: { kind: 'index', hundredths: r.index } },
        { text: nfc(r.classification ?? '') },
        ...r.fieldPoints.map(pointsCell),
      ],
    })),
  };
}

export function rankingModel(input: RankingInput): DocumentModel {
  checkRanking(input);
  const d = input.decision;
  const title = input.title ?? `KẾT QUẢ XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${input.year} CỦA ${input.unitTypeName.toLocaleUpperCase('vi')}`;
  const appendix: Appendix = {
    label: input.annexLabel ?? 'PHỤ LỤC',
    title: [nfc(title)],
    note: d ? nfc(attachedTo('QUYẾT ĐỊNH', d.number, d.symbol, d.date, d.issuer)) : undefined,
    table: rankingTable(input),
    landscape: true,
  };
  return { appendices: [appendix] };
}
