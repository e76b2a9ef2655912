/**
 * Zip-bomb defence for .docx/.xlsx before any library inflates them. Reads the central
 * directory ourselves, refuses encrypted entries, too many entries, declared sizes over the
 * limit or absurd ratios, then inflates every entry with a hard output cap so that sizes that
 * lie are caught too. Only after that do mammoth/exceljs see the bytes.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './errors';
import type { ImportLimits } from './limits';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

function corrupt(vi: string, en: string): ImportError {
  return new ImportError('corrupt', `Tệp nén (docx/xlsx) bị hỏng: ${vi}`, `The zip container (docx/xlsx) is damaged: ${en}`);
}

export function readCentralDirectory(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes + comment (≤ 65 535), searched from the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('không tìm thấy mục lục', 'no central directory');
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    throw new ImportError('unsupported', 'Tệp nén ZIP64 không được hỗ trợ', 'ZIP64 containers are not supported');
  }
  if (count > limits.maxZipEntries) {
    throw new ImportError('zip-bomb', `Tệp nén có quá nhiều mục (${count})`, `The zip container has too many entries (${count})`);
  }
  if (dirOffset + dirSize > bytes.length) throw corrupt('mục lục vượt quá cuối tệp', 'directory past end of file');
  const entries: ZipEntry[] = [];
  let p = dirOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw corrupt('mục lục sai', 'bad directory entry');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    const entry = { name, method, compressedSize, size, localOffset, encrypted: (flags & 1) === 1 };
    if (entry.encrypted) {
      throw new ImportError('encrypted', 'Tệp được đặt mật khẩu: hãy bỏ mật khẩu rồi nhập lại', 'The file is password-protected: remove the password and import again');
    }
    total += size;
    if (size > limits.maxUncompressedBytes || total > limits.maxUncompressedBytes) {
      throw new ImportError('zip-bomb', 'Tệp nén giải nén ra quá lớn (có thể là "bom nén")', 'The zip container expands to too much data (possible zip bomb)');
    }
    if (size > 1_000_000 && size > compressedSize * limits.maxCompressionRatio) {
      throw new ImportError('zip-bomb', `Mục "${name}" có tỉ lệ nén bất thường (có thể là "bom nén")`, `Entry "${name}" has an abnormal compression ratio (possible zip bomb)`);
    }
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The inflated bytes of one entry (after verifyZip has checked the whole container). */
export function readZipEntry(bytes: Uint8Array, name: string, limits: ImportLimits): Uint8Array | null {
  const entry = readCentralDirectory(bytes, limits).find((e) => e.name === name);
  if (!entry) return null;
  return inflateEntry(bytes, entry);
}

function inflateEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = e.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50) throw corrupt(`mục "${e.name}"`, `entry "${e.name}"`);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + e.compressedSize > bytes.length) throw corrupt(`mục "${e.name}" bị cắt cụt`, `entry "${e.name}" is truncated`);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new ImportError('unsupported', `Kiểu nén ${e.method} không được hỗ trợ`, `Compression method ${e.method} is not supported`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ImportError('zip-bomb', `Mục "${e.name}" giải nén ra nhiều hơn kích thước khai báo (có thể là "bom nén")`, `Entry "${e.name}" inflates past its declared size (possible zip bomb)`);
    }
    throw corrupt(`không giải nén được "${e.name}"`, `cannot inflate "${e.name}"`);
  }
}

/** Inflates every entry with an output cap; throws if any entry is bigger than it declared. */
export function verifyZip(bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const entries = readCentralDirectory(bytes, limits);
  for (const e of entries) inflateEntry(bytes, e);
  return entries;
}
