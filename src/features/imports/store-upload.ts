// Keeps the uploaded document in the content-addressed file store (src/storage). Office files
// and PDFs go through FileStore.put (type by content); plain text and TSV — which the importer
// reads but the evidence store refuses — through FileStore.putBytes, into the same place.
import { Readable } from 'node:stream';
import { detectHead, HEAD_BYTES } from '../../storage/detect';
import type { FileStore } from '../../storage/store';

export interface StoredUpload {
  sha256: string;
  size: number;
  path: string;
}

export async function storeUpload(store: FileStore, bytes: Uint8Array, maxBytes: number): Promise<StoredUpload> {
  const stored = detectHead(bytes.subarray(0, HEAD_BYTES)) !== null ? await store.put(Readable.from([Buffer.from(bytes)]), maxBytes) : await store.putBytes(bytes);
  return { sha256: stored.sha256, size: stored.size, path: stored.path };
}
