/**
 * The ND30 frame in Word: header (issuing body | national motto), number, place and date,
 * title and subject, then "Nơi nhận" and the signature block. Two borderless tables hold the
 * two-column parts, as Word templates of state documents do.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { nfc, numberLine, placeAndDate, recipientsWithArchive } from '../format';
import type { Letter } from '../model/document';
import type { DocumentFrame } from '../types';
import { FONT, MOTTO_RULE, mm, pt, SHORT_RULE, SIZE } from './units';

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

interface LineOptions {
  size: number;
  bold?: boolean;
  italic?: boolean;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
  before?: number;
  after?: number;
}

export function line(text: string, o: LineOptions): Paragraph {
  return new Paragraph({
    alignment: o.align ?? AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    children: [new TextRun({ text: nfc(text), font: FONT, size: o.size, bold: o.bold, italics: o.italic })],
  });
}

/**
 * A centred horizontal rule of the given width inside a box of `boxWidth`: an almost empty
 * paragraph indented from both sides with a top border, so its length does not depend on the
 * text above it.
 */
export function rule(width: number, boxWidth: number): Paragraph {
  const side = Math.max(0, Math.round((boxWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 20, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [new TextRun({ text: '', font: FONT, size: 2 })],
  });
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: NO_BORDERS,
    verticalAlign: VerticalAlignTable.TOP,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
  });
}

function twoColumns(rows: [Paragraph[], Paragraph[]][], widths: [number, number]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(([l, r]) => new TableRow({ children: [cell(l, widths[0]), cell(r, widths[1])] })),
  });
}

/** Header block: 40 % | 60 % of the text width, the number beside the place and date. */
export function headerTable(frame: DocumentFrame, textWidth: number): Table {
  const left = Math.round(textWidth * 0.4);
  const right = textWidth - left;
  const leftTop = [
    ...(frame.governingBody ? [line(frame.governingBody.toLocaleUpperCase('vi'), { size: SIZE.header })] : []),
    line(frame.issuingBody.toLocaleUpperCase('vi'), { size: SIZE.header, bold: true }),
    rule(SHORT_RULE, left),
  ];
  const rightTop = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.header, bold: true }),
    line('Độc lập - Tự do - Hạnh phúc', { size: SIZE.motto, bold: true }),
    rule(MOTTO_RULE, right),
  ];
  const numberP = [line(numberLine(frame), { size: SIZE.numberLine, before: pt(6) })];
  const dateP = [line(placeAndDate(frame), { size: SIZE.date, italic: true, before: pt(6) })];
  return twoColumns([[leftTop, rightTop], [numberP, dateP]], [left, right]);
}

/** "BÁO CÁO" and the subject, bold and centred, with the short rule under the subject. */
export function titleBlock(letter: Letter, textWidth: number): Paragraph[] {
  return [
    line(letter.kind.toLocaleUpperCase('vi'), { size: SIZE.title, bold: true, before: pt(18) }),
    line(letter.subject, { size: SIZE.title, bold: true }),
    rule(SHORT_RULE, textWidth),
    new Paragraph({ spacing: { after: pt(6) }, children: [] }),
  ];
}

/** Recipients bottom-left, signature bottom-right (ND30 §8, §9). */
export function closingTable(frame: DocumentFrame, textWidth: number): Table {
  const left = Math.round(textWidth * 0.45);
  const right = textWidth - left;
  const recipients = [
    line('Nơi nhận:', { size: SIZE.recipientsLabel, bold: true, italic: true, align: AlignmentType.LEFT, before: pt(12) }),
    ...recipientsWithArchive(frame).map((r) => line(`- ${r}`, { size: SIZE.recipients, align: AlignmentType.LEFT })),
  ];
  const s = frame.signature;
  const signature = [
    ...(s.authority ? [line(s.authority.toLocaleUpperCase('vi'), { size: SIZE.signature, bold: true, before: pt(12) })] : []),
    line(s.position.toLocaleUpperCase('vi'), { size: SIZE.signature, bold: true, before: s.authority ? 0 : pt(12) }),
    // Room for the signature and the seal.
    new Paragraph({ spacing: { before: mm(25) }, children: [] }),
    line(s.name, { size: SIZE.signature, bold: true }),
  ];
  return twoColumns([[recipients, signature]], [left, right]);
}
