/**
 * Where the PDF writers find a serif font that covers Vietnamese. Order:
 * 1. CHISO_PDF_FONT_DIR (any of the families below inside it; an error if none is there),
 * 2. Times New Roman itself (msttcorefonts), then Liberation Serif 2 or Tinos — both drawn on
 *    Times New Roman's metrics, so lines break where Word breaks them,
 * 3. DejaVu Serif from the dejavu-fonts-ttf npm package (always installed with the project),
 * 4. DejaVu Serif from the system.
 * A family counts only if all four styles have every Vietnamese letter (coverage.ts): Debian
 * bookworm's fonts-liberation (1.07) has not, fonts-liberation2 has.
 * The files are read once per process and kept as buffers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { missingGlyphs, VIETNAMESE } from './coverage';

export interface FontFiles {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

export interface PdfFonts {
  family: string;
  /** Where it came from, for diagnostics. */
  dir: string;
  files: FontFiles;
  data: { regular: Buffer; bold: Buffer; italic: Buffer; boldItalic: Buffer };
}

interface Family {
  name: string;
  files: FontFiles;
}

const FAMILIES: Family[] = [
  { name: 'Times New Roman', files: { regular: 'Times_New_Roman.ttf', bold: 'Times_New_Roman_Bold.ttf', italic: 'Times_New_Roman_Italic.ttf', boldItalic: 'Times_New_Roman_Bold_Italic.ttf' } },
  { name: 'Times New Roman', files: { regular: 'times.ttf', bold: 'timesbd.ttf', italic: 'timesi.ttf', boldItalic: 'timesbi.ttf' } },
  { name: 'Liberation Serif', files: { regular: 'LiberationSerif-Regular.ttf', bold: 'LiberationSerif-Bold.ttf', italic: 'LiberationSerif-Italic.ttf', boldItalic: 'LiberationSerif-BoldItalic.ttf' } },
  { name: 'Tinos', files: { regular: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italic: 'Tinos-Italic.ttf', boldItalic: 'Tinos-BoldItalic.ttf' } },
  { name: 'DejaVu Serif', files: { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf', boldItalic: 'DejaVuSerif-BoldItalic.ttf' } },
];

const SYSTEM_DIRS = [
  '/usr/share/fonts/truetype/msttcorefonts',
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/liberation',
  '/usr/share/fonts/truetype/croscore',
];

function packageDir(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  } catch {
    return undefined;
  }
}

function findIn(dir: string): Family | undefined {
  return FAMILIES.find((f) => [f.files.regular, f.files.bold, f.files.italic, f.files.boldItalic].every((file) => existsSync(join(dir, file))));
}

/** The candidate directories in order, without reading any font. */
export function fontSearchPath(): string[] {
  const pkg = packageDir();
  return [...SYSTEM_DIRS, ...(pkg ? [pkg] : []), '/usr/share/fonts/truetype/dejavu'];
}

export class FontNotFoundError extends Error {
  constructor(
    readonly vi: string,
    en: string,
  ) {
    super(en);
    this.name = 'FontNotFoundError';
  }
}

/** Resolves the font without caching (tests pass their own environment). */
export function resolvePdfFonts(env: NodeJS.ProcessEnv = process.env): PdfFonts {
  const override = env.CHISO_PDF_FONT_DIR?.trim();
  const dirs = override ? [override] : fontSearchPath();
  for (const dir of dirs) {
    const family = findIn(dir);
    if (!family) continue;
    const read = (file: string): Buffer => readFileSync(join(dir, file));
    const data = { regular: read(family.files.regular), bold: read(family.files.bold), italic: read(family.files.italic), boldItalic: read(family.files.boldItalic) };
    // Present is not enough: the font must have every Vietnamese letter in all four styles.
    if (Object.values(data).some((buf) => missingGlyphs(buf, VIETNAMESE).length > 0)) continue;
    return { family: family.name, dir, files: family.files, data };
  }
  const names = FAMILIES.map((f) => f.files.regular).join(', ');
  throw new FontNotFoundError(
    override
      ? `CHISO_PDF_FONT_DIR=${override}: không tìm thấy bộ phông có đủ chữ tiếng Việt (cần đủ 4 kiểu của một trong: ${names})`
      : `Không tìm thấy phông chữ có tiếng Việt cho PDF (đã tìm trong: ${dirs.join(', ')})`,
    override
      ? `CHISO_PDF_FONT_DIR=${override}: no font family covering Vietnamese found (needs all four styles of one of: ${names})`
      : `No font covering Vietnamese found for PDF (searched: ${dirs.join(', ')})`,
  );
}

let cached: { key: string; fonts: PdfFonts } | undefined;

/** The process-wide font, read once (re-resolved if CHISO_PDF_FONT_DIR changes). */
export function pdfFonts(): PdfFonts {
  const key = process.env.CHISO_PDF_FONT_DIR ?? '';
  if (cached?.key !== key) cached = { key, fonts: resolvePdfFonts() };
  return cached.fonts;
}
