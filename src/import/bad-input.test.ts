import { randomBytes } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { makeDocx, makePdf } from '../../test/fixtures/import/make-documents';
import { makeZip } from '../../test/fixtures/import/zip';
import { ImportError } from './errors';
import { importDocument } from './index';

async function failure(bytes: Uint8Array, name: string, limits = {}): Promise<ImportError> {
  try {
    await importDocument(bytes, name, { limits });
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error('import did not fail');
}

const CONTENT_TYPES = new TextEncoder().encode('<?xml version="1.0"?><Types/>');

describe('bad input gives a clear bilingual error, never a half import', () => {
  it('empty file', async () => {
    const e = await failure(new Uint8Array(0), 'a.docx');
    expect(e.code).toBe('empty');
    expect(e.vi).toBe('Tệp rỗng, không có nội dung để nhập');
    expect(e.en).toBe('The file is empty: nothing to import');
  });

  it('random binary', async () => {
    const e = await failure(new Uint8Array(randomBytes(4096)), 'a.xlsx');
    expect(e.code).toBe('binary');
    expect(e.vi).toMatch(/Không nhận ra định dạng tệp/);
  });

  it('corrupt zip: signature then garbage', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(2000)]);
    const e = await failure(bytes, 'a.docx');
    expect(e.code).toBe('corrupt');
    expect(e.vi).toMatch(/bị hỏng/);
  });

  it('truncated .docx', async () => {
    const docx = await makeDocx({ title: 'T', header: ['STT', 'Nội dung', 'Điểm tối đa'], rows: [['1', 'A', '1']] });
    const e = await failure(docx.subarray(0, Math.floor(docx.length / 2)), 'a.docx');
    expect(e.code).toBe('corrupt');
  });

  it('truncated PDF', async () => {
    const pdf = await makePdf({ title: 'T', header: ['STT', 'Nội dung', 'Điểm tối đa'], rows: [['1', 'Kế hoạch', '1']] }, [40, 200, 60]);
    const e = await failure(pdf.subarray(0, Math.floor(pdf.length / 3)), 'a.pdf');
    expect(['corrupt', 'no-table']).toContain(e.code);
    expect(e.vi.length).toBeGreaterThan(10);
  });

  it('zip bomb that declares its real size (over the limit)', async () => {
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: new Uint8Array(1000), declaredSize: 300 * 2 ** 20 },
    ]);
    const e = await failure(bytes, 'bomb.docx');
    expect(e.code).toBe('zip-bomb');
    expect(e.vi).toMatch(/bom nén/);
  });

  it('zip bomb with an absurd compression ratio under the size limit', async () => {
    const bytes = makeZip([{ name: 'word/document.xml', data: new Uint8Array(1000), declaredSize: 150 * 2 ** 20 }]);
    expect((await failure(bytes, 'bomb.docx')).code).toBe('zip-bomb');
  });

  it('zip bomb that lies about its size is stopped while inflating, without inflating it all', async () => {
    // 20 MB of zeros deflate to ~20 kB; the headers claim 1 kB.
    const bytes = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: new Uint8Array(20 * 2 ** 20), declaredSize: 1024 },
    ]);
    expect(bytes.length).toBeLessThan(100_000);
    const e = await failure(bytes, 'bomb.docx');
    expect(e.code).toBe('zip-bomb');
    expect(e.en).toMatch(/inflates past its declared size/);
  });

  it('encrypted zip entry and password-protected Office file', async () => {
    const zip = makeZip([{ name: 'word/document.xml', data: new Uint8Array(10), encrypted: true, store: true }]);
    expect((await failure(zip, 'a.docx')).code).toBe('encrypted');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    const e = await failure(ole, 'protected.xlsx');
    expect(e.code).toBe('encrypted');
    expect(e.vi).toMatch(/mật khẩu/);
  });

  it('a zip that is neither Word nor Excel', async () => {
    const zip = makeZip([{ name: 'hello.txt', data: new TextEncoder().encode('xin chào') }]);
    expect((await failure(zip, 'a.zip')).code).toBe('unsupported');
  });

  it('input over the size limit is refused before reading it', async () => {
    const e = await failure(new Uint8Array(2048), 'big.txt', { maxInputBytes: 1024 });
    expect(e.code).toBe('too-large');
    expect(e.vi).toMatch(/Tệp quá lớn/);
  });

  it('a text without any criteria table', async () => {
    const e = await failure(new TextEncoder().encode('Kính gửi: Sở Nội vụ\nNội dung công văn không có bảng.'), 'a.txt');
    expect(e.code).toBe('no-table');
  });

  it('a time budget that runs out', async () => {
    const docx = await makeDocx({ title: 'T', header: ['STT', 'Nội dung', 'Điểm tối đa'], rows: [['1', 'A', '1']] });
    const e = await failure(docx, 'a.docx', { timeBudgetMs: 0 });
    expect(e.code).toBe('timeout');
  });
});
