import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { detectHead, officeKind } from './detect';
import { contentDisposition, MAX_NAME_LENGTH, sanitizeFileName } from './file-name';
import { FileStore } from './store';

describe('sanitizeFileName', () => {
  it('keeps the last path part and Vietnamese letters', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('C:\\Users\\a\\Báo cáo tự đánh giá.docx')).toBe('Báo cáo tự đánh giá.docx');
    expect(sanitizeFileName('Quyết định số 03.pdf')).toBe('Quyết định số 03.pdf');
  });

  it('removes control and bidi characters, reserved characters and leading dots', () => {
    expect(sanitizeFileName('a\u0000b\u0007c\u202Efdp.exe')).toBe('abcfdp.exe');
    expect(sanitizeFileName('Quyết định\tsố\r\n12.pdf')).toBe('Quyết định số 12.pdf');
    expect(sanitizeFileName('a<b>c:"d|e?*.pdf')).toBe('a_b_c__d_e__.pdf');
    expect(sanitizeFileName('..hidden')).toBe('hidden');
    expect(sanitizeFileName('....')).toBe('tep-dinh-kem');
  });

  it('composes decomposed Vietnamese (NFD from macOS) and limits the length keeping the extension', () => {
    expect(sanitizeFileName('Ke\u0302\u0301 hoa\u0323ch.pdf')).toBe('Kế hoạch.pdf');
    const long = sanitizeFileName(`${'ệ'.repeat(400)}.xlsx`);
    expect([...long].length).toBe(MAX_NAME_LENGTH);
    expect(long.endsWith('.xlsx')).toBe(true);
  });

  it('writes a Content-Disposition with an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Kế hoạch "số 1".pdf')).toBe(`attachment; filename="Ke hoach _so 1_.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%22s%E1%BB%91%201%22.pdf`);
  });
});

describe('detectHead', () => {
  const b = (...xs: number[]) => Uint8Array.from(xs);
  it('recognises the accepted formats by their magic numbers', () => {
    expect(detectHead(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(detectHead(b(0x50, 0x4b, 0x03, 0x04, 0))).toBe('zip');
    expect(detectHead(b(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(detectHead(b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(detectHead(Buffer.from('GIF89a'))).toBe('gif');
    expect(detectHead(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
  });
  it('refuses everything else', () => {
    expect(detectHead(Buffer.from('<html>'))).toBeNull();
    expect(detectHead(Buffer.from('MZ\x90\0'))).toBeNull();
    expect(detectHead(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(detectHead(b(0xd0, 0xcf, 0x11, 0xe0))).toBeNull();
    expect(officeKind(['[Content_Types].xml', 'xl/workbook.xml'])).toBe('xlsx');
    expect(officeKind(['mimetype', 'content.xml'])).toBeNull();
  });
});

describe('FileStore', () => {
  const dirs: string[] = [];
  const store = () => {
    const d = mkdtempSync(join(tmpdir(), 'chiso-store-'));
    dirs.push(d);
    return new FileStore(d);
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const chunks = (text: string, times: number) => Readable.from(Array.from({ length: times }, (_, i) => Buffer.from(i === 0 ? `%PDF-1.4\n${text}` : text)));

  it('stores content once under its sha256, streaming chunk by chunk', async () => {
    const s = store();
    const a = await s.put(chunks('abc', 50), 10_000);
    const b = await s.put(chunks('abc', 50), 10_000);
    expect(a).toMatchObject({ created: true, type: 'pdf', mime: 'application/pdf' });
    expect(b).toMatchObject({ created: false, sha256: a.sha256, path: a.path });
    expect(readFileSync(s.pathOf(a.path), 'latin1').startsWith('%PDF-1.4\nabc')).toBe(true);
    expect(readdirSync(join(s.root, 'tmp'))).toEqual([]);
  });

  it('stops at the limit and deletes the partial file', async () => {
    const s = store();
    await expect(s.put(chunks('x'.repeat(1000), 20), 5_000)).rejects.toMatchObject({ code: 'payload-too-large' });
    expect(readdirSync(join(s.root, 'tmp'))).toEqual([]);
    expect(readdirSync(s.root)).toEqual(['tmp']);
  });

  it('refuses empty and unknown content', async () => {
    const s = store();
    await expect(s.put(Readable.from([]), 100)).rejects.toMatchObject({ code: 'validation' });
    await expect(s.put(Readable.from([Buffer.from('just text')]), 100)).rejects.toMatchObject({ code: 'validation', field: 'file' });
    expect(readdirSync(join(s.root, 'tmp'))).toEqual([]);
  });

  it('putBytes keeps text the caller vouches for in the same place, once', async () => {
    const s = store();
    const text = Buffer.from('Mã\ttiêu chí\n1.1\tKế hoạch CCHC\n', 'utf8');
    const a = await s.putBytes(text);
    const b = await s.putBytes(text);
    expect(a).toMatchObject({ created: true, size: text.length, path: join(a.sha256.slice(0, 2), a.sha256) });
    expect(b).toMatchObject({ created: false, sha256: a.sha256, path: a.path });
    expect(readFileSync(s.pathOf(a.path), 'utf8')).toBe(text.toString('utf8'));
    expect(readdirSync(join(s.root, 'tmp'))).toEqual([]);
  });
});
