// File names as users send them are untrusted: "../../etc/passwd", "C:\\x\\y.pdf", names with
// control or bidi characters, 5 000-character names. What we keep for display and for
// Content-Disposition is the last path part, in NFC, without control/format characters or
// characters Windows refuses, at most MAX_NAME_LENGTH characters with the extension kept.
// Vietnamese letters (and every other letter) stay as they are.

export const MAX_NAME_LENGTH = 150;

// Characters that are invalid in Windows file names or dangerous in headers and shells.
const RESERVED = /[<>:"|?*\\/]/g;
// Control (Cc) and format (Cf: bidi overrides, zero-width) characters.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

export function sanitizeFileName(raw: string, fallback = 'tep-dinh-kem'): string {
  const lastPart = raw.split(/[/\\]/).pop() ?? '';
  // Tabs and line breaks separate words ("Quyết định\tsố"): they become spaces, not nothing.
  let name = lastPart.normalize('NFC').replace(/[\t\n\r\v\f]/g, ' ').replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ').trim();
  // Leading dots would make hidden files or "..": drop them; trailing dots/spaces Windows drops.
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name === '') return fallback;
  return truncateKeepingExtension(name, MAX_NAME_LENGTH);
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = [...name];
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? [...name.slice(dot)] : [];
  // An "extension" longer than 16 characters is not one.
  const keepExt = ext.length > 0 && ext.length <= 16 ? ext : [];
  const stem = chars.slice(0, chars.length - keepExt.length).slice(0, max - keepExt.length);
  return (stem.join('').trimEnd() + keepExt.join('')).normalize('NFC');
}

/** RFC 6266 / 5987 header value: an ASCII fallback plus the exact UTF-8 name. */
export function contentDisposition(name: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
