/**
 * What a file is, from its bytes — never from its name alone (a renamed .pdf is still a PDF).
 */
export type Sniffed = 'zip' | 'pdf' | 'ole' | 'text' | 'binary' | 'empty';

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const b = (i: number): number => bytes[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && (b(2) === 0x03 || b(2) === 0x05) && (b(3) === 0x04 || b(3) === 0x06)) return 'zip';
  // "%PDF" may follow a little junk (some generators); look in the first kilobyte.
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(1024, bytes.length)));
  if (head.includes('%PDF-')) return 'pdf';
  // OLE compound file: legacy .doc/.xls, and also password-protected .docx/.xlsx.
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'ole';
  return looksLikeText(bytes) ? 'text' : 'binary';
}

/** UTF-8 (or UTF-16 with a BOM) with few control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  let control = 0;
  for (const c of sample) if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) control++;
  if (control > sample.length * 0.01) return false;
  try {
    // Cut at a character boundary: a sample may end inside a multi-byte character.
    let end = sample.length;
    while (end > 0 && end > sample.length - 4 && ((sample[end - 1] ?? 0) & 0xc0) === 0x80) end--;
    if (end > 0 && ((sample[end - 1] ?? 0) & 0x80) !== 0) end--;
    new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Text of a text file: UTF-8 or UTF-16 by BOM, BOM removed. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}
