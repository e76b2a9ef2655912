// Member names of a zip file on disk, read from its central directory at the end of the file,
// so a 100 MB .docx is never loaded: at most the last 64 KiB and the directory itself are read.
import { open } from 'node:fs/promises';

const EOCD_SIGNATURE = 0x06054b50;
const CDH_SIGNATURE = 0x02014b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
/** Directories larger than this are not a document we accept. */
const MAX_DIRECTORY_BYTES = 8 * 1024 * 1024;

export async function zipMemberNames(path: string): Promise<string[] | null> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    if (size < EOCD_MIN) return null;
    const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
    const tail = Buffer.alloc(tailLength);
    await fh.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - EOCD_MIN; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (dirSize > MAX_DIRECTORY_BYTES || dirOffset + dirSize > size) return null;
    const dir = Buffer.alloc(dirSize);
    await fh.read(dir, 0, dirSize, dirOffset);
    const names: string[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > dir.length || dir.readUInt32LE(at) !== CDH_SIGNATURE) return null;
      const nameLength = dir.readUInt16LE(at + 28);
      const extraLength = dir.readUInt16LE(at + 30);
      const commentLength = dir.readUInt16LE(at + 32);
      names.push(dir.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    await fh.close();
  }
}
