// The preview the web screen shows: the importer's tree flattened in document order, each row
// with the id its criterion gets in a criteria set (qualified code), its rubric as readable
// rules, and the findings placed on the row they are about.
import type { FrameworkNode } from '../../core/framework';
import { describeRubric } from '../../core/rubric/describe';
import type { ImportedNode, ImportResult } from '../../import/index';
import { toFramework } from '../../import/index';
import type { ImportsTable } from '../../db/types';
import type { ImportFindingView, ImportMatch, ImportNodeView, ImportView } from '../../shared/api/imports';
import { parseJson } from '../common/json';

function flatten(imported: ImportedNode[], nodes: FrameworkNode[], parentId: string | null, depth: number, out: ImportNodeView[]): void {
  imported.forEach((n, i) => {
    // toFramework keeps the document's order and shape, so the i-th child is the same row.
    const fwNode = nodes[i];
    const id = fwNode?.id ?? `${parentId ?? ''}#${i}`;
    const rubric = fwNode?.rubric
      ? { type: fwNode.rubric.type, vi: describeRubric(fwNode.rubric, fwNode.max, 'vi'), en: describeRubric(fwNode.rubric, fwNode.max, 'en') }
      : null;
    out.push({
      id,
      parentId,
      depth,
      code: n.code,
      name: n.name,
      max: n.max,
      self: n.self,
      appraisal: n.appraisal,
      lost: n.lost,
      explanation: n.explanation,
      citations: n.citations.map((c) => ({ kind: c.kind, number: c.number, date: c.date, issuer: c.issuer, subject: c.subject, text: c.text })),
      rubric,
      solution: n.solution,
      lead: n.lead,
      cooperating: n.cooperating,
      timeframe: n.timeframe,
      note: n.note,
      leaf: n.children.length === 0,
    });
    flatten(n.children, fwNode?.children ?? [], id, depth + 1, out);
  });
}

export function flattenResult(result: ImportResult): ImportNodeView[] {
  const out: ImportNodeView[] = [];
  flatten(result.nodes, toFramework(result).nodes, null, 1, out);
  return out;
}

/**
 * The importer's findings name the row by its printed code, which repeats across parts ("1" in
 * I and in II). A finding goes to the first row with that code not yet holding a finding of the
 * same rule, so two "sum-mismatch" on "1" land on I.1 and II.1 in document order.
 */
export function placeFindings(result: ImportResult, nodes: ImportNodeView[]): ImportFindingView[] {
  const used = new Set<string>();
  return result.findings.map((f) => {
    let nodeId: string | null = null;
    if (f.code !== null) {
      const candidates = nodes.filter((n) => n.code === f.code);
      const free = candidates.find((n) => !used.has(`${f.rule}|${n.id}`)) ?? candidates[0];
      if (free) {
        nodeId = free.id;
        used.add(`${f.rule}|${free.id}`);
      }
    }
    return { rule: f.rule, code: f.code, nodeId, message: f.message, stated: f.stated, computed: f.computed };
  });
}

export function presentImport(row: ImportsTable, match: ImportMatch | null): ImportView {
  const result = JSON.parse(row.result) as ImportResult;
  const nodes = flattenResult(result);
  return {
    id: row.id,
    fileName: row.file_name,
    size: row.size,
    status: row.status as ImportView['status'],
    createdAt: row.created_at,
    kind: result.kind,
    title: result.title,
    unit: result.unit,
    year: result.year,
    totals: result.totals,
    nodes,
    findings: placeFindings(result, nodes),
    warnings: result.warnings.map((w) => ({ line: w.line, message: w.message })),
    match,
    outcome: parseJson(row.outcome),
  };
}
