// File type from the first bytes (magic numbers), never from the name or the client's MIME
// type. Zip containers are told apart by their member names (see zip-names.ts).

export type DetectedType = 'pdf' | 'docx' | 'xlsx' | 'jpeg' | 'png' | 'gif' | 'webp';
export type HeadType = Exclude<DetectedType, 'docx' | 'xlsx'> | 'zip';

export const MIME: Record<DetectedType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
};

export const EXTENSION: Record<DetectedType, string> = {
  pdf: '.pdf',
  docx: '.docx',
  xlsx: '.xlsx',
  jpeg: '.jpg',
  png: '.png',
  gif: '.gif',
  webp: '.webp',
};

/** How many leading bytes `detectHead` needs. */
export const HEAD_BYTES = 16;

function startsWith(head: Uint8Array, bytes: number[], at = 0): boolean {
  return bytes.every((b, i) => head[at + i] === b);
}

export function detectHead(head: Uint8Array): HeadType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip'; // PK\3\4
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0x47, 0x49, 0x46, 0x38]) && (head[4] === 0x37 || head[4] === 0x39) && head[5] === 0x61) return 'gif';
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'; // RIFF....WEBP
  return null;
}

/** Office Open XML by the part that only that format has. */
export function officeKind(memberNames: readonly string[]): 'docx' | 'xlsx' | null {
  const names = new Set(memberNames);
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return null;
}
