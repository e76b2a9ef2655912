/**
 * The ND30 letter on PDF pages: the same blocks as the Word frame (header, number, place and
 * date, title, justified body, recipients, signature), drawn at measured positions.
 */
import { nfc, numberLine, placeAndDate, recipientsWithArchive } from '../format';
import type { BodyParagraph, Letter } from '../model/document';
import type { DocumentFrame } from '../types';
import { MM, styleOf, type PdfWriter } from './writer';

const BODY = 14;

function headerBlock(w: PdfWriter, frame: DocumentFrame): void {
  const leftW = w.width * 0.4;
  const rightW = w.width - leftW;
  const xl = w.left;
  const xr = w.left + leftW;
  let yl = w.y;
  let yr = w.y;

  w.use('regular', 12);
  if (frame.governingBody) yl = w.centred(w.wrap(nfc(frame.governingBody.toLocaleUpperCase('vi')), leftW), xl, yl, leftW);
  w.use('bold', 12);
  yl = w.centred(w.wrap(nfc(frame.issuingBody.toLocaleUpperCase('vi')), leftW), xl, yl, leftW);
  w.rule(xl + leftW / 2, yl + 2, 30 * MM);

  w.use('bold', 12);
  yr = w.centred(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], xr, yr, rightW);
  w.use('bold', 13);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  yr = w.centred([motto], xr, yr, rightW);
  w.rule(xr + rightW / 2, yr + 2, w.measure(motto));

  const y = Math.max(yl, yr) + 10;
  w.use('regular', 13);
  w.centred([numberLine(frame)], xl, y, leftW);
  w.use('italic', 14);
  w.centred(w.wrap(nfc(placeAndDate(frame)), rightW), xr, y, rightW);
  w.y = y + w.lineHeight(14) + 18;
}

function titleBlock(w: PdfWriter, letter: Letter): void {
  w.use('bold', 14);
  w.y = w.centred([nfc(letter.kind.toLocaleUpperCase('vi'))], w.left, w.y, w.width);
  // A Vietnamese word is several syllables, so a break at any space can split one: the balanced
  // wrap put "Chỉ" and "số" on two lines. The title's key word is kept whole (no-break space).
  const subject = nfc(letter.subject).replace(/(Chỉ) (số)/gi, '$1\u00a0$2');
  w.y = w.centred(w.wrapBalanced(subject, w.width * 0.85), w.left, w.y, w.width);
  w.rule(w.left + w.width / 2, w.y + 3, 30 * MM);
  w.y += 14;
}

/**
 * Body text through pdfkit's own flow: first-line indent, page breaks. Justified when the
 * paragraph is one run; pdfkit misplaces justified text continued across runs of different
 * fonts, so mixed paragraphs (a bold total) are set flush left.
 */
function bodyParagraph(w: PdfWriter, p: BodyParagraph): void {
  const doc = w.doc;
  const align = p.runs.length === 1 ? 'justify' : 'left';
  p.runs.forEach((r, i) => {
    w.use(styleOf(r.bold, r.italic), BODY);
    const options: PDFKit.Mixins.TextOptions = { align, width: w.width, continued: i < p.runs.length - 1, lineGap: 2 };
    if (i === 0) {
      options.indent = p.indent === false ? 0 : 12.7 * MM;
      doc.text(nfc(r.text), w.left, w.y, options);
    } else {
      doc.text(nfc(r.text), options);
    }
  });
  w.y = doc.y + 5;
}

/** Height of a body paragraph, to keep the last one with the signature. */
function paragraphHeight(w: PdfWriter, p: BodyParagraph): number {
  w.use('regular', BODY);
  const text = p.runs.map((r) => nfc(r.text)).join('');
  return w.doc.heightOfString(text, { width: w.width, indent: p.indent === false ? 0 : 12.7 * MM, lineGap: 2 }) + 5;
}

function closingHeight(w: PdfWriter, frame: DocumentFrame): { recipientLines: string[]; height: number } {
  const leftW = w.width * 0.45;
  w.use('regular', 11);
  const recipientLines = recipientsWithArchive(frame).flatMap((r) => w.wrap(`- ${nfc(r)}`, leftW - 4));
  const leftHeight = w.lineHeight(12) + recipientLines.length * w.lineHeight(11);
  const rightHeight = w.lineHeight(14) * 3 + 25 * MM;
  return { recipientLines, height: 12 + Math.max(leftHeight, rightHeight) };
}

function closingBlock(w: PdfWriter, frame: DocumentFrame, recipientLines: string[]): void {
  const leftW = w.width * 0.45;
  const rightW = w.width - leftW;
  const s = frame.signature;
  const y0 = w.y + 12;

  w.use('boldItalic', 12);
  w.textAt('Nơi nhận:', w.left, y0, leftW);
  w.use('regular', 11);
  let yl = y0 + w.lineHeight(12);
  for (const l of recipientLines) {
    w.textAt(l, w.left, yl, leftW);
    yl += w.lineHeight(11);
  }

  const xr = w.left + leftW;
  w.use('bold', 14);
  let yr = y0;
  if (s.authority) yr = w.centred([nfc(s.authority.toLocaleUpperCase('vi'))], xr, yr, rightW);
  yr = w.centred([nfc(s.position.toLocaleUpperCase('vi'))], xr, yr, rightW);
  yr += 25 * MM;
  yr = w.centred([nfc(s.name)], xr, yr, rightW);
  w.y = Math.max(yl, yr);
}

export function drawLetter(w: PdfWriter, letter: Letter): void {
  w.addPage(false);
  headerBlock(w, letter.frame);
  titleBlock(w, letter);
  const closing = closingHeight(w, letter.frame);
  letter.body.forEach((p, i) => {
    // ND30: the signature never stands alone on a page; the closing paragraph goes with it.
    if (i === letter.body.length - 1 && w.y + paragraphHeight(w, p) + closing.height > w.bottom) w.addPage(false);
    bodyParagraph(w, p);
  });
  if (w.y + closing.height > w.bottom) w.addPage(false);
  closingBlock(w, letter.frame, closing.recipientLines);
}
