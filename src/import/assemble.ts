/**
 * Draft → the import's JSON result: tree, document kind, rubrics from words, citations,
 * totals from the leaves, and the core validator's findings.
 */
import type { Finding } from '../core/findings';
import { sum, toNumber } from '../core/points';
import { qualifyCode } from '../core/tree';
import type { Points } from '../core/points';
import { validateFramework, validateReport } from '../core/validate';
import type { ReportRow } from '../core/validate';
import { parseCitations } from '../vn/citations';
import { isTotalText, newNode } from './recognize/draft';
import type { Draft, DraftNode } from './recognize/draft';
import { numericRoles } from './recognize/header';
import type { NumericRole } from './recognize/header';
import { findTitle, findUnit, findYear } from './recognize/meta';
import { buildTree } from './recognize/tree';
import { rubricFromWords } from './rubric-from-words';
import { rubricToJson } from './rubric-json';
import { toFramework } from './to-framework';
import type { DocumentKind, ImportedNode, ImportFinding, ImportResult, ImportWarning } from './types';

const COLUMN_VI: Record<NumericRole, string> = { max: 'điểm tối đa', self: 'điểm tự đánh giá', appraisal: 'điểm thẩm định', lost: 'điểm bị trừ' };

function num(p: Points | undefined): number | null {
  return p === undefined ? null : toNumber(p);
}

function detectKind(draft: Draft, roles: NumericRole[]): DocumentKind {
  if (draft.roles.some((r) => r === 'solution' || r === 'lead' || r === 'cooperating')) return 'remediation';
  if (roles.includes('self') || roles.includes('appraisal')) return 'report';
  const withLevels = draft.rows.filter((r) => r.levels.length > 0).length;
  return withLevels > 0 || roles.length <= 1 ? 'framework' : 'report';
}

export function assemble(draft: Draft): ImportResult {
  const warnings: ImportWarning[] = [...draft.warnings];
  const extraFindings: ImportFinding[] = [];
  // A coded row whose name is a total ("IV. CỘNG ĐIỂM I + II + III") is the grand total.
  const rows = draft.rows.filter((r) => {
    if (!isTotalText(r.name)) return true;
    if (!draft.totals && r.hasFigures) {
      draft.totals = { ...r.figures };
      draft.totalsLine = r.line;
    }
    return false;
  });
  for (const row of [...rows]) splitHeadingLevel(row, rows);
  const roots = buildTree(rows, warnings);
  const roles = numericRoles(draft.roles);
  const kind = detectKind(draft, roles);

  const toNode = (d: DraftNode, parent: { qualified: string; code: string | null } | null, index: number): ImportedNode => {
    const leaf = d.children.length === 0;
    // Messages name rows the way the validator does: "II.3.1", or the start of an uncoded name.
    const qualified = qualifyCode(parent, d.code?.text ?? null, index);
    const label = d.code ? qualified : `"${d.name.slice(0, 40)}"`;
    let rubric: ImportedNode['rubric'] = null;
    const texts = [...d.texts];
    if (d.levels.length > 0 && kind === 'framework') {
      if (!leaf) {
        warnings.push({ line: d.line, message: { vi: `Mục ${label} có tiêu chí con nên các mức điểm bị bỏ qua`, en: `Item ${label} has sub-criteria, so its levels are ignored` } });
      } else {
        const reading = rubricFromWords(d.levels, d.figures.max ?? null);
        rubric = rubricToJson(reading.rubric);
        for (const w of reading.warnings) warnings.push({ line: d.line, message: { vi: `Mục ${label}: ${w.vi}`, en: `Item ${label}: ${w.en}` } });
        for (const g of reading.dayGaps) {
          const days = g.first === g.last ? `${g.first}` : `${g.first}–${g.last}`;
          extraFindings.push({
            rule: 'band-gap',
            code: d.code?.text ?? null,
            message: { vi: `Mục ${label}: lời văn các mức điểm bỏ trống trường hợp chậm ${days} ngày`, en: `Item ${label}: the wording of the levels leaves ${days} day(s) late uncovered` },
            stated: null,
            computed: null,
          });
        }
      }
    } else if (d.levels.length > 0) {
      texts.push(...d.levels.map((l) => `${l.label} ${toNumber(l.points)}`));
    }
    const explanation = texts.join(kind === 'framework' ? '\n' : ' ').replace(/[ \t]+/g, ' ').trim() || null;
    const field = (k: 'solution' | 'lead' | 'cooperating' | 'timeframe' | 'note'): string | null => d.fields[k]?.join(' ').trim() || null;
    return {
      code: d.code?.text ?? null,
      name: d.name.replace(/\s+/g, ' ').trim(),
      max: num(d.figures.max),
      self: num(d.figures.self),
      appraisal: num(d.figures.appraisal),
      lost: num(d.figures.lost),
      explanation,
      citations: explanation ? parseCitations(explanation) : [],
      rubric,
      solution: field('solution'),
      lead: field('lead'),
      cooperating: field('cooperating'),
      timeframe: field('timeframe'),
      note: field('note'),
      children: d.children.map((c, i) => toNode(c, { qualified, code: d.code?.text ?? null }, i)),
    };
  };
  const nodes = roots.map((d, i) => toNode(d, null, i));

  // The fields' figures rolled up: a row counts with the figure it prints and, where it prints
  // none, with the sum of its parts.
  const rolledUp = (col: NumericRole): number | null => {
    if (!roles.includes(col)) return null;
    const figureOf = (d: DraftNode): Points | undefined => {
      const own = d.figures[col];
      if (own !== undefined || d.children.length === 0) return own;
      const parts = d.children.map(figureOf).filter((v): v is Points => v !== undefined);
      return parts.length === 0 ? undefined : sum(parts);
    };
    const values = roots.map(figureOf).filter((v): v is Points => v !== undefined);
    return values.length === 0 ? null : toNumber(sum(values));
  };
  const leafValues = (col: NumericRole): number | null => {
    if (!roles.includes(col)) return null;
    const values: Points[] = [];
    const visit = (d: DraftNode): void => {
      if (d.children.length === 0) {
        const v = d.figures[col];
        if (v !== undefined) values.push(v);
      } else d.children.forEach(visit);
    };
    roots.forEach(visit);
    // A column that is printed but empty everywhere (appraisal not done yet) has no total.
    return values.length === 0 ? null : toNumber(sum(values));
  };
  // Totals are computed from the leaves — except where the document's own total row is
  // corroborated by its parts: when the stated total equals the leaf sum or the fields' sum, the
  // stated total stands (003: the total row and its 8 fields say 100 / 92 while the parts of 5.4
  // add up to 0,5 more; 001: the total 100 equals the leaves while part II misstates its sum).
  // Every disagreement still shows as a finding (sum-mismatch / total-mismatch) and a warning.
  const totalOf = (col: NumericRole): number | null => {
    const leaves = leafValues(col);
    const stated = draft.totals?.[col];
    if (stated === undefined) return leaves;
    const statedNumber = toNumber(stated);
    return statedNumber === leaves || statedNumber === rolledUp(col) ? statedNumber : leaves;
  };
  const title = findTitle(draft.preamble);
  const result: ImportResult = {
    kind,
    title,
    unit: findUnit(draft.preamble),
    year: findYear(title, draft.preamble),
    totals: { max: totalOf('max'), self: totalOf('self'), appraisal: totalOf('appraisal'), lost: totalOf('lost') },
    nodes,
    findings: [],
    warnings,
  };
  for (const col of roles) {
    const stated = draft.totals?.[col];
    const leaves = leafValues(col);
    if (stated !== undefined && leaves !== null && toNumber(stated) !== leaves) {
      warnings.push({
        line: draft.totalsLine,
        message: {
          vi: `Dòng tổng ghi ${toNumber(stated)} (${COLUMN_VI[col]}) nhưng tổng các tiêu chí lá là ${leaves}`,
          en: `The total row states ${toNumber(stated)} (${col}) but the leaf criteria add up to ${leaves}`,
        },
      });
    }
  }
  const core = kind === 'framework' ? validateFramework(toFramework(result, { statedMax: num(draft.totals?.max) })) : validateReport({ rows: roots.map(toReportRow), ...(draft.totals ? { stated: draft.totals } : {}) });
  result.findings = [...core.map(toImportFinding), ...extraFindings];
  return result;
}

/**
 * "III. Thực hiện báo cáo tự chấm điểm — 2" followed by "Kịp thời báo cáo … — 2" (with its
 * evidence) and then levels "Theo đúng thời gian — 2", "Quá 01–03 ngày — 1"…: two "levels" worth
 * the maximum mean the first is an uncoded criterion row, and the rest are its levels.
 */
function splitHeadingLevel(row: DraftNode, rows: DraftNode[]): void {
  const [first, ...rest] = row.levels;
  const max = row.figures.max;
  if (!first || max === undefined || rest.length < 2 || first.points !== max || !rest.some((l) => l.points === max)) return;
  const child = newNode(null, first.label, first.line);
  child.figures = { max };
  child.hasFigures = true;
  child.texts = row.texts;
  child.levels = rest;
  row.texts = [];
  row.levels = [];
  rows.splice(rows.indexOf(row) + 1, 0, child);
}

function toReportRow(d: DraftNode): ReportRow {
  return {
    code: d.code?.text ?? null,
    name: d.name,
    max: d.figures.max ?? null,
    self: d.figures.self ?? null,
    appraisal: d.figures.appraisal ?? null,
    lost: d.figures.lost ?? null,
    children: d.children.map(toReportRow),
  };
}

function toImportFinding(f: Finding): ImportFinding {
  const n = (s: string | null | undefined): number | null => (s === null || s === undefined || s === '' || Number.isNaN(Number(s)) ? null : Number(s));
  return { rule: f.rule, code: f.code, message: { vi: f.message.vi, en: f.message.en }, stated: n(f.stated), computed: n(f.computed) };
}
