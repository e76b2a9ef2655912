/**
 * Reading generated files back in tests: the .docx XML parts and raw text, the PDF text and
 * page sizes through pdfjs (the reader the importer uses too).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';

export async function docxPart(buf: Buffer, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file(path);
  if (!file) throw new Error(`missing ${path}`);
  return file.async('string');
}

/** Paragraph texts of document.xml, in order (runs joined). */
export async function docxParagraphs(buf: Buffer): Promise<string[]> {
  const xml = await docxPart(buf, 'word/document.xml');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join(''));
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

export async function docxRawText(buf: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: buf })).value;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Text items of the page, one per drawn line. */
  lines: string[];
}

export async function readPdf(buf: Buffer): Promise<PdfPage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const lines = content.items.flatMap((it) => ('str' in it && it.str.trim() !== '' ? [it.str] : []));
    pages.push({ width, height, lines });
  }
  await doc.destroy();
  return pages;
}

/** Loads an .xlsx with exceljs (its typings want an ArrayBuffer, not a Node Buffer). */
export async function loadXlsx(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
  return wb;
}
