/**
 * importDocument: file bytes → a whole ImportResult or an ImportError, never half of one.
 * The format is decided from the bytes (zip → docx/xlsx by their parts, %PDF, text); the name
 * only helps for .tsv. One converter per format turns the file into rows; recognition is the
 * same for every format.
 */
import { assemble } from './assemble';
import { docxConverter } from './converters/docx';
import { pdfConverter } from './converters/pdf';
import { textConverter, textLines } from './converters/text';
import { looksTabSeparated, tsvConverter } from './converters/tsv';
import { xlsxConverter } from './converters/xlsx';
import type { Converter } from './converters/converter';
import { ImportError } from './errors';
import { Budget, DEFAULT_LIMITS } from './limits';
import type { ImportLimits } from './limits';
import { parseColumns } from './recognize/columns';
import { removeNoise } from './recognize/noise';
import { parseStream } from './recognize/stream';
import { sniff } from './sniff';
import type { ConvertedDocument, ImportResult } from './types';
import { verifyZip } from './zip-guard';

export type { ImportResult, ImportedNode, ImportFinding, ImportWarning, DocumentKind } from './types';
export { ImportError } from './errors';
export { toFramework } from './to-framework';
export { matchToFramework } from './match';

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
}

const MB = 2 ** 20;

function pickConverter(bytes: Uint8Array, fileName: string, limits: ImportLimits): Converter {
  const kind = sniff(bytes);
  switch (kind) {
    case 'empty':
      throw new ImportError('empty', 'Tệp rỗng, không có nội dung để nhập', 'The file is empty: nothing to import');
    case 'binary':
      throw new ImportError('binary', 'Không nhận ra định dạng tệp: chỉ nhận .docx, .xlsx, .pdf, .txt, .tsv', 'Unrecognised file format: only .docx, .xlsx, .pdf, .txt and .tsv are accepted');
    case 'ole':
      throw new ImportError(
        'encrypted',
        'Tệp được đặt mật khẩu hoặc là định dạng Word/Excel cũ (.doc/.xls): hãy bỏ mật khẩu hoặc lưu lại thành .docx/.xlsx',
        'The file is password-protected or an old Word/Excel format (.doc/.xls): remove the password or save it as .docx/.xlsx',
      );
    case 'pdf':
      return pdfConverter;
    case 'zip': {
      const names = verifyZip(bytes, limits).map((e) => e.name);
      if (names.includes('word/document.xml')) return docxConverter;
      if (names.includes('xl/workbook.xml')) return xlsxConverter;
      throw new ImportError('unsupported', 'Tệp nén không phải Word (.docx) hay Excel (.xlsx)', 'The zip file is neither a Word (.docx) nor an Excel (.xlsx) document');
    }
    case 'text':
      return /\.tsv$/i.test(fileName) || looksTabSeparated(textLines(bytes)) ? tsvConverter : textConverter;
  }
}

export async function importDocument(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportResult> {
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxInputBytes) {
    throw new ImportError(
      'too-large',
      `Tệp quá lớn (${(bytes.length / MB).toFixed(1)} MB, tối đa ${Math.round(limits.maxInputBytes / MB)} MB)`,
      `The file is too large (${(bytes.length / MB).toFixed(1)} MB, at most ${Math.round(limits.maxInputBytes / MB)} MB)`,
    );
  }
  const budget = new Budget(limits.timeBudgetMs);
  const converter = pickConverter(bytes, fileName, limits);
  let doc: ConvertedDocument;
  try {
    doc = await converter.convert(bytes, { limits, budget });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('corrupt', 'Không đọc được tệp: tệp bị hỏng', 'Cannot read the file: it is damaged');
  }
  budget.check();
  const rows = removeNoise(doc.rows);
  const draft = (doc.columnar ? parseColumns(rows) : null) ?? parseStream(rows);
  budget.check();
  if (draft.rows.length === 0) {
    throw new ImportError(
      'no-table',
      'Không tìm thấy bảng tiêu chí nào trong tệp (nếu là bản scan, hãy nhận dạng chữ OCR trước)',
      'No criteria table found in the file (for a scan, run OCR first)',
    );
  }
  const result = assemble(draft);
  budget.check();
  return result;
}
