// Content-addressed file storage under the data directory: files/<aa>/<sha256>. An upload is
// streamed to a temporary file while it is hashed, counted and its first bytes kept for type
// detection; only then is it renamed into place (or dropped when that content is already
// stored). A file is never held in memory, and an upload over the limit is cut off and deleted
// as soon as the limit is crossed.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../features/common/errors';
import { detectHead, HEAD_BYTES, MIME, officeKind, type DetectedType } from './detect';
import { zipMemberNames } from './zip-names';

export interface StoredFile {
  sha256: string;
  size: number;
  /** Relative to the files directory. */
  path: string;
  type: DetectedType;
  mime: string;
  /** False when the same content was already stored. */
  created: boolean;
}

export const tooLarge = (maxBytes: number): AppError =>
  new AppError(
    'payload-too-large',
    {
      vi: `Tệp vượt quá giới hạn ${formatMb(maxBytes)} MB cho phép`,
      en: `The file is larger than the ${formatMb(maxBytes)} MB limit`,
    },
    'file',
  );

const unsupported = (): AppError =>
  new AppError(
    'validation',
    {
      vi: 'file: loại tệp không được hỗ trợ. Chỉ nhận PDF, Word (.docx), Excel (.xlsx) và ảnh JPEG, PNG, GIF, WebP (kiểm tra theo nội dung tệp, không theo đuôi tên)',
      en: 'file: unsupported file type. Accepted: PDF, Word (.docx), Excel (.xlsx) and JPEG, PNG, GIF, WebP images (checked by content, not by the name)',
    },
    'file',
  );

const empty = (): AppError => new AppError('validation', { vi: 'file: tệp rỗng', en: 'file: the file is empty' }, 'file');

function formatMb(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? String(Math.round(mb * 10) / 10) : mb.toFixed(3);
}

/** Hashes, counts and keeps the first bytes of what passes through; fails past the limit. */
class Inspector extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  head = Buffer.alloc(0);

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) {
      done(tooLarge(this.maxBytes));
      return;
    }
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    this.hash.update(chunk);
    done(null, chunk);
  }
}

export class FileStore {
  constructor(readonly root: string) {}

  pathOf(relative: string): string {
    return join(this.root, relative);
  }

  /**
   * Streams `source` into the store. `truncated()` lets the caller report a limit its own
   * parser enforced (busboy stops at its limit without an error).
   */
  async put(source: Readable, maxBytes: number, truncated: () => boolean = () => false): Promise<StoredFile> {
    const tmp = await this.tmpFile();
    const inspector = new Inspector(maxBytes);
    try {
      await pipeline(source, inspector, createWriteStream(tmp, { flags: 'wx' }));
      if (truncated()) throw tooLarge(maxBytes);
      if (inspector.size === 0) throw empty();
      const type = await this.detect(tmp, inspector.head);
      const sha256 = inspector.hash.digest('hex');
      const { path, created } = await this.settle(tmp, sha256);
      return { sha256, size: inspector.size, path, type, mime: MIME[type], created };
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      // Leave the rest of the request unread: the caller answers and the connection is closed.
      source.resume();
      throw error;
    }
  }

  /**
   * Stores bytes already in memory whose type the caller has checked itself (the importer's
   * plain text and TSV, which `put` refuses): the same place and the same atomic rename.
   */
  async putBytes(bytes: Uint8Array): Promise<Pick<StoredFile, 'sha256' | 'size' | 'path' | 'created'>> {
    const tmp = await this.tmpFile();
    try {
      await writeFile(tmp, bytes, { flag: 'wx' });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return { sha256, size: bytes.length, ...(await this.settle(tmp, sha256)) };
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
  }

  private async tmpFile(): Promise<string> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    return join(tmpDir, `${randomUUID()}.part`);
  }

  /** Moves a finished temporary file to <aa>/<sha256>, or drops it when that content is stored. */
  private async settle(tmp: string, sha256: string): Promise<{ path: string; created: boolean }> {
    const path = join(sha256.slice(0, 2), sha256);
    const target = this.pathOf(path);
    if (await exists(target)) {
      await unlink(tmp);
      return { path, created: false };
    }
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
    // rename is atomic: a concurrent upload of the same bytes simply replaces equal content.
    await rename(tmp, target);
    return { path, created: true };
  }

  private async detect(tmp: string, head: Buffer): Promise<DetectedType> {
    const kind = detectHead(head);
    if (kind === null) throw unsupported();
    if (kind !== 'zip') return kind;
    const names = await zipMemberNames(tmp);
    const office = names ? officeKind(names) : null;
    if (office === null) throw unsupported();
    return office;
  }

  read(relative: string): ReadStream {
    return createReadStream(this.pathOf(relative));
  }

  async remove(relative: string): Promise<void> {
    await unlink(this.pathOf(relative)).catch(() => undefined);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
