// Keeps the uploaded document in the content-addressed file store (src/storage). Office files
// and PDFs go through FileStore.put (type by content); plain text and TSV — which the importer
// reads but the evidence store refuses — are written the same way by hand: temporary file,
// hash, atomic rename into files/<aa>/<sha256>.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { detectHead, HEAD_BYTES } from '../../storage/detect';
import type { FileStore } from '../../storage/store';

export interface StoredUpload {
  sha256: string;
  size: number;
  path: string;
}

export async function storeUpload(store: FileStore, bytes: Uint8Array, maxBytes: number): Promise<StoredUpload> {
  if (detectHead(bytes.subarray(0, HEAD_BYTES)) !== null) {
    const stored = await store.put(Readable.from([Buffer.from(bytes)]), maxBytes);
    return { sha256: stored.sha256, size: stored.size, path: stored.path };
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = join(sha256.slice(0, 2), sha256);
  const target = store.pathOf(path);
  if (!(await exists(target))) {
    await mkdir(store.pathOf('tmp'), { recursive: true });
    await mkdir(store.pathOf(sha256.slice(0, 2)), { recursive: true });
    const tmp = store.pathOf(join('tmp', `${randomUUID()}.part`));
    try {
      await writeFile(tmp, bytes, { flag: 'wx' });
      await rename(tmp, target);
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
  }
  return { sha256, size: bytes.length, path };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
