/**
 * DocumentModel → .docx bytes. The letter sits in a portrait section with page numbers from
 * the second page on (ND30); each appendix opens its own section, landscape when asked.
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { Appendix, BodyParagraph, DocumentModel, Letter } from '../model/document';
import { closingTable, headerTable, line, titleBlock } from './frame';
import { docxTable } from './table';
import { A4, FONT, LANDSCAPE_MARGINS, LANDSCAPE_TEXT_WIDTH, PORTRAIT_MARGINS, PORTRAIT_TEXT_WIDTH, pt, SIZE, mm } from './units';

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber })],
      }),
    ],
  });
}

function bodyParagraph(p: BodyParagraph): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: p.indent === false ? undefined : { firstLine: mm(12.7) },
    spacing: { before: pt(3), after: pt(3), line: 288 },
    children: p.runs.map((r) => new TextRun({ text: r.text, font: FONT, size: SIZE.body, bold: r.bold, italics: r.italic })),
  });
}

function letterSection(letter: Letter): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: PORTRAIT_MARGINS },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children: [
      headerTable(letter.frame, PORTRAIT_TEXT_WIDTH),
      ...titleBlock(letter, PORTRAIT_TEXT_WIDTH),
      ...letter.body.map(bodyParagraph),
      closingTable(letter.frame, PORTRAIT_TEXT_WIDTH),
    ],
  };
}

function appendixSection(a: Appendix, numbered: boolean): ISectionOptions {
  const textWidth = a.landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: a.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: a.landscape ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS,
      },
    },
    headers: numbered ? { default: pageNumberHeader() } : undefined,
    children: [
      ...(a.label ? [line(a.label, { size: SIZE.title, bold: true })] : []),
      ...a.title.map((t) => line(t, { size: SIZE.title, bold: true })),
      ...(a.note ? [line(a.note, { size: SIZE.date, italic: true, after: pt(6) })] : []),
      new Paragraph({ spacing: { after: pt(6) }, children: [] }),
      docxTable(a.table, textWidth),
    ],
  };
}

export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const sections: ISectionOptions[] = [];
  if (model.letter) sections.push(letterSection(model.letter));
  // A bare annex is one page or more of table; numbering its pages helps once printed.
  for (const a of model.appendices) sections.push(appendixSection(a, true));
  const doc = new Document({
    creator: 'Chỉ số',
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}
