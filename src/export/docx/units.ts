/**
 * Measures of the ND30 page in the units Word uses: twips (1/1440 inch) for lengths and
 * half-points for font sizes.
 */
export const mm = (n: number): number => Math.round((n * 1440) / 25.4);
export const pt = (n: number): number => n * 2;

/** Times New Roman: Word substitutes a metric-compatible font (Liberation Serif, Tinos) where absent. */
export const FONT = 'Times New Roman';

export const A4 = { width: mm(210), height: mm(297) };

/** Portrait letter pages: ND30 top 20–25, bottom 20–25, left 30–35, right 15–20 mm. */
export const PORTRAIT_MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/**
 * Landscape appendix pages: the binding edge of a portrait document is the landscape page's
 * top, so the wide margin moves there.
 */
export const LANDSCAPE_MARGINS = { top: mm(25), bottom: mm(15), left: mm(20), right: mm(20) };

export const PORTRAIT_TEXT_WIDTH = A4.width - PORTRAIT_MARGINS.left - PORTRAIT_MARGINS.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - LANDSCAPE_MARGINS.left - LANDSCAPE_MARGINS.right;

export const SIZE = {
  body: pt(14),
  header: pt(12),
  motto: pt(13),
  numberLine: pt(13),
  date: pt(14),
  title: pt(14),
  recipientsLabel: pt(12),
  recipients: pt(11),
  signature: pt(14),
  table: pt(12),
  pageNumber: pt(13),
};

/** Width of "Độc lập - Tự do - Hạnh phúc" in Times New Roman bold 13 pt (measured: 53 mm). */
export const MOTTO_RULE = mm(53);
/** Rule under the issuing body and under the subject: ND30 asks for 1/3–1/2 of the line. */
export const SHORT_RULE = mm(30);
