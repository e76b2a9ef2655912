import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingGlyphs, VIETNAMESE } from './coverage';
import { FontNotFoundError, resolvePdfFonts } from './fonts';

const packageFonts = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

describe('PDF font resolution', () => {
  it('finds a font with every Vietnamese letter without configuration', () => {
    const fonts = resolvePdfFonts({});
    for (const buf of Object.values(fonts.data)) expect(missingGlyphs(buf, VIETNAMESE)).toEqual([]);
  });

  it('reads coverage from the cmap table', () => {
    const dejavu = readFileSync(join(packageFonts, 'DejaVuSerif.ttf'));
    expect(missingGlyphs(dejavu, 'Độc lập - Tự do - Hạnh phúc')).toEqual([]);
    // CJK is outside DejaVu Serif.
    expect(missingGlyphs(dejavu, 'ệ中')).toEqual(['中']);
    expect(missingGlyphs(Buffer.from('not a font'), 'ệ')).toEqual(['ệ']);
  });

  it('honours CHISO_PDF_FONT_DIR', () => {
    const fonts = resolvePdfFonts({ CHISO_PDF_FONT_DIR: packageFonts });
    expect(fonts.family).toBe('DejaVu Serif');
    expect(fonts.dir).toBe(packageFonts);
  });

  it('says so in both languages when CHISO_PDF_FONT_DIR has no usable font', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-fonts-'));
    // Files with the right names but no glyphs are refused too.
    for (const f of ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf']) writeFileSync(join(dir, f), 'x');
    let error: unknown;
    try {
      resolvePdfFonts({ CHISO_PDF_FONT_DIR: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FontNotFoundError);
    expect((error as FontNotFoundError).vi).toContain(`CHISO_PDF_FONT_DIR=${dir}`);
    expect((error as FontNotFoundError).message).toContain('no font family covering Vietnamese');
  });
});
