/**
 * Recognition of a real table grid (Word, Excel, tab-separated text): the header row names
 * the columns; every later row is read cell by cell. Rows can be short (trailing or even
 * middle empty cells dropped by the exporter, fixture 003): a figure column holding text
 * passes that text on to the explanation instead of misreading it.
 */
import { fold } from '../../vn/fold';
import type { SourceRow } from '../types';
import { CodeSequence, parseCode, splitLeadingCode } from './codes';
import { isTotalText, newNode } from './draft';
import type { Draft, DraftNode } from './draft';
import { figureOf } from './figures';
import { looksLikeHeader, NUMERIC_ROLES, numericRoles, roleOfCell } from './header';
import type { NumericRole, Role, TextRole } from './header';

interface Header {
  index: number;
  roles: (Role | null)[];
  text: string;
}

function findHeader(rows: SourceRow[]): Header | null {
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.cells;
    if (cells.filter((c) => c !== '').length < 2 || parseCode(cells[0] ?? '')) continue;
    // A two-row header ("Điểm" merged over "Tối đa | Tự chấm | Thẩm định"): read both rows
    // cell by cell.
    const next = rows[i + 1]?.cells ?? [];
    const nextIsHeader = next.some((c) => roleOfCell(c) !== null) && !next.some((c) => c !== '' && parseCode(c) !== null);
    const width = Math.max(cells.length, nextIsHeader ? next.length : 0);
    const merged = Array.from({ length: width }, (_, j) => (nextIsHeader ? `${cells[j] ?? ''} ${next[j] ?? ''}`.trim() : (cells[j] ?? '')));
    if (merged.filter((c) => c !== '').length < 3 || !looksLikeHeader(merged.join(' '))) continue;
    const roles = merged.map(roleOfCell);
    if (roles.indexOf('name') < 0) roles[roles.indexOf('code') + 1] = 'name';
    return { index: nextIsHeader ? i + 1 : i, roles, text: fold(cells.join(' ')) };
  }
  return null;
}

/** Null when the rows have no recognisable header (the caller reads them as a stream). */
export function parseColumns(rows: SourceRow[]): Draft | null {
  const header = findHeader(rows);
  if (!header) return null;
  const roles = header.roles;
  const codeCol = Math.max(0, roles.indexOf('code'));
  const nameCol = roles.indexOf('name');
  const numeric = numericRoles(roles.filter((r): r is Role => r !== null));
  const levelsExpected = !numeric.includes('self') && !numeric.includes('appraisal');
  const draft: Draft = {
    rows: [],
    totals: null,
    totalsLine: null,
    roles: roles.filter((r): r is Role => r !== null),
    preamble: rows.slice(0, header.index).map((r) => r.cells.join(' ').trim()).filter(Boolean),
    warnings: [],
  };
  const seq = new CodeSequence();
  let cur: DraftNode | null = null;
  for (const row of rows.slice(header.index + 1)) {
    const cells = row.cells;
    const joined = fold(cells.join(' '));
    if (joined === header.text || cells.every((c) => c === '' || /^\(?\d{1,2}\)?$/.test(c))) continue;
    let codeText = (cells[codeCol] ?? '').trim();
    let name = (cells[nameCol] ?? '').trim();
    if (!codeText && name) {
      const sc = splitLeadingCode(name);
      if (sc && sc.rest && /^\p{L}/u.test(sc.rest) && seq.fit(sc.code) !== 'none') {
        codeText = sc.code.text;
        name = sc.rest;
      }
    }
    const code = codeText ? parseCode(codeText) : null;
    const figures: Partial<Record<NumericRole, ReturnType<typeof figureOf>>> = {};
    const texts: string[] = [];
    const fields: Partial<Record<TextRole, string>> = {};
    cells.forEach((cell, j) => {
      if (j === codeCol || j === nameCol || cell === '') return;
      const role = roles[j] ?? null;
      if (role && (NUMERIC_ROLES as readonly string[]).includes(role)) {
        const v = figureOf(cell);
        if (v !== null) figures[role as NumericRole] = v;
        else texts.push(cell);
      } else if (role === 'solution' || role === 'lead' || role === 'cooperating' || role === 'timeframe' || role === 'note') fields[role] = cell;
      else texts.push(cell);
    });
    const values = numeric.map((r) => figures[r] ?? null);
    const hasFigures = values.some((v) => v !== null);
    if (isTotalText(name) || (!code && !name && isTotalText(codeText))) {
      draft.totals = {};
      numeric.forEach((r, i) => {
        const v = values[i];
        if (v !== null && v !== undefined && draft.totals) draft.totals[r] = v;
      });
      draft.totalsLine = row.line;
      cur = null;
      continue;
    }
    if (code && (name || hasFigures)) {
      if (seq.fit(code) === 'none') {
        draft.warnings.push({ line: row.line, message: { vi: `Mã "${code.text}" không liền mạch với đánh số trước đó`, en: `Code "${code.text}" does not follow the numbering before it` } });
      }
      seq.accept(code);
      cur = newNode(code, name, row.line);
      draft.rows.push(cur);
      if (hasFigures) {
        numeric.forEach((r, i) => {
          const v = values[i];
          if (v !== null && v !== undefined) cur!.figures[r] = v;
        });
        cur.hasFigures = true;
      }
    } else if (!cur) {
      continue;
    } else if (name && hasFigures && levelsExpected && values[0] !== null && values[0] !== undefined) {
      cur.levels.push({ label: name, points: values[0], line: row.line });
    } else if (name && hasFigures) {
      // A scored row without a code: an uncoded criterion under the current one.
      const node = newNode(null, name, row.line);
      numeric.forEach((r, i) => {
        const v = values[i];
        if (v !== null && v !== undefined) node.figures[r] = v;
      });
      node.hasFigures = true;
      draft.rows.push(node);
      draft.warnings.push({ line: row.line, message: { vi: `Dòng "${name.slice(0, 40)}" có điểm nhưng không có mã`, en: `Row "${name.slice(0, 40)}" has figures but no code` } });
      cur = node;
    } else if (name) {
      // A name that wraps onto the next row, or text under the criterion.
      // The name column only holds names: text there continues the name (a cell split over
      // two rows, fixture 003) unless scoring levels have started below it.
      if (cur.levels.length === 0) cur.name = `${cur.name} ${name}`.trim();
      else cur.texts.push(name);
    }
    if (!cur) continue;
    cur.texts.push(...texts);
    for (const [k, v] of Object.entries(fields) as [TextRole, string][]) (cur.fields[k] ??= []).push(v);
  }
  return draft;
}
