/**
 * Just enough HTML for the two places it reaches us: stray tags in text exported from web
 * pages (fixture 003: "<p>…</p> <ul><li>…") and mammoth's rendering of .docx files.
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Text of an HTML fragment; block tags become line breaks, other tags vanish. */
export function htmlToText(s: string): string {
  return decodeEntities(
    s
      .replace(/<\s*br\s*\/?>/gi, '\n')
      .replace(/<\s*\/?\s*(p|li|ul|ol|div|h[1-6]|tr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Whether a text line carries markup worth stripping. */
export function hasTags(s: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^>]*)?>/i.test(s);
}

export interface HtmlTableRow {
  cells: string[];
}

/**
 * Blocks of an HTML document in order: each table row as cells, each paragraph outside tables
 * as a one-cell row. Nested tables are flattened into their own rows.
 */
export function htmlBlocks(html: string): string[][] {
  const out: string[][] = [];
  const tokens = html.split(/(<[^>]+>)/);
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  let para = '';
  const flushPara = (): void => {
    const t = htmlToText(para);
    if (t) out.push([t]);
    para = '';
  };
  for (const tok of tokens) {
    const tag = /^<\s*(\/)?\s*([a-z0-9]+)/i.exec(tok);
    if (!tag) {
      if (cell !== null) cell += tok;
      else para += tok;
      continue;
    }
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (name === 'table') {
      if (!closing) flushPara();
      tableDepth += closing ? -1 : 1;
    } else if (name === 'tr' && tableDepth > 0) {
      if (!closing) row = [];
      else if (row) {
        if (row.some((c) => c.length > 0)) out.push(row);
        row = null;
      }
    } else if ((name === 'td' || name === 'th') && row) {
      if (!closing) cell = '';
      else if (cell !== null) {
        row.push(htmlToText(cell));
        cell = null;
      }
    } else if (cell !== null) cell += tok;
    else if (tableDepth === 0 && closing && /^(p|h[1-6]|li)$/.test(name)) flushPara();
    else para += tok;
  }
  flushPara();
  return out;
}
