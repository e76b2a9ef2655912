/**
 * DocumentModel → PDF bytes: the letter on portrait pages, each appendix from a new page
 * (landscape when asked) with its heading and the table; page numbers last.
 */
import { nfc } from '../format';
import type { Appendix, DocumentModel } from '../model/document';
import { drawLetter } from './frame';
import { drawTable } from './table';
import { PdfWriter } from './writer';

function drawAppendix(w: PdfWriter, a: Appendix): void {
  w.addPage(a.landscape);
  w.use('bold', 14);
  if (a.label) w.y = w.centred([nfc(a.label)], w.left, w.y, w.width);
  for (const t of a.title) w.y = w.centred(w.wrapBalanced(nfc(t), w.width), w.left, w.y, w.width);
  if (a.note) {
    w.use('italic', 13);
    w.y = w.centred(w.wrapBalanced(nfc(a.note), w.width), w.left, w.y, w.width);
  }
  w.y += 10;
  drawTable(w, a.table);
}

export async function renderPdf(model: DocumentModel, title: string): Promise<Buffer> {
  const w = new PdfWriter(title);
  if (model.letter) drawLetter(w, model.letter);
  for (const a of model.appendices) drawAppendix(w, a);
  w.numberPages(model.letter !== undefined);
  return w.finish();
}
