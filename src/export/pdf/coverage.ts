/**
 * Does a TrueType font have glyphs for given characters? Read straight from its 'cmap' table
 * (formats 4 and 12), because a font file being present says nothing about Vietnamese:
 * Debian's fonts-liberation 1.07 lacks "ệ", "ộ", "ư" while Liberation 2 has them.
 */

function tableOffset(font: Buffer, tag: string): number | undefined {
  if (font.length < 12) return undefined;
  const numTables = font.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    if (rec + 16 > font.length) return undefined;
    if (font.toString('latin1', rec, rec + 4) === tag) return font.readUInt32BE(rec + 8);
  }
  return undefined;
}

function glyphFormat4(font: Buffer, at: number, cp: number): number {
  if (cp > 0xffff) return 0;
  const segX2 = font.readUInt16BE(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const ranges = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = font.readUInt16BE(ends + s);
    if (end < cp) continue;
    const start = font.readUInt16BE(starts + s);
    if (start > cp) return 0;
    const delta = font.readInt16BE(deltas + s);
    const range = font.readUInt16BE(ranges + s);
    if (range === 0) return (cp + delta) & 0xffff;
    const g = font.readUInt16BE(ranges + s + range + 2 * (cp - start));
    return g === 0 ? 0 : (g + delta) & 0xffff;
  }
  return 0;
}

function glyphFormat12(font: Buffer, at: number, cp: number): number {
  const groups = font.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + 12 * i;
    const start = font.readUInt32BE(g);
    const end = font.readUInt32BE(g + 4);
    if (cp >= start && cp <= end) return font.readUInt32BE(g + 8) + (cp - start);
  }
  return 0;
}

/** Characters of `text` the font has no glyph for (empty when it covers them all). */
export function missingGlyphs(font: Buffer, text: string): string[] {
  try {
    const cmap = tableOffset(font, 'cmap');
    if (cmap === undefined) return [...new Set(text)];
    const n = font.readUInt16BE(cmap + 2);
    let best: { at: number; format: number } | undefined;
    for (let i = 0; i < n; i++) {
      const rec = cmap + 4 + 8 * i;
      const platform = font.readUInt16BE(rec);
      const encoding = font.readUInt16BE(rec + 2);
      const at = cmap + font.readUInt32BE(rec + 4);
      const format = font.readUInt16BE(at);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (!unicode || (format !== 4 && format !== 12)) continue;
      if (!best || format === 12) best = { at, format };
    }
    if (!best) return [...new Set(text)];
    const table = best;
    return [...new Set(text)].filter((ch) => {
      const cp = ch.codePointAt(0)!;
      return (table.format === 12 ? glyphFormat12(font, table.at, cp) : glyphFormat4(font, table.at, cp)) === 0;
    });
  } catch {
    // A truncated or odd file: treat as covering nothing, so another font is chosen.
    return [...new Set(text)];
  }
}

/** Every precomposed Vietnamese letter, both cases. */
export const VIETNAMESE =
  'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ' +
  'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
