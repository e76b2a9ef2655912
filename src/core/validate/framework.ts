import type { Finding } from '../findings';
import { MAX_DEPTH } from '../framework';
import type { Framework, FrameworkNode } from '../framework';
import { toDecimalString } from '../points';
import type { Points } from '../points';
import { checkRubric } from '../rubric/checks';
import { childrenMax, isLeaf, rowLabel, topLevelMax, walkAll } from '../tree';
import type { Visit } from '../tree';
import { both, itemName } from './describe';
import { duplicateCodes } from './duplicates';
import { surveyFindings } from './survey';

/**
 * Checks a criteria set: every stated max against its children, the stated grand total, codes,
 * depth, values and — through the rubric checks — every leaf's scoring rule. Returns findings
 * in document order; never throws.
 */
export function validateFramework(fw: Framework): Finding[] {
  const visits = walkAll(fw.nodes);
  const findings: Finding[] = [];
  for (const v of visits) {
    findings.push(...valueFindings(v), ...sumFindings(v), ...depthFindings(v), ...leafFindings(v));
  }
  findings.push(...duplicateCodes(visits, (v) => v.node.id));
  findings.push(...totalFindings(fw), ...bandFindings(fw), ...surveyFindings(fw));
  return findings;
}

function at(v: Visit<FrameworkNode>): Pick<Finding, 'code' | 'nodeId'> {
  return { code: v.node.code, nodeId: v.node.id };
}

function valueFindings(v: Visit<FrameworkNode>): Finding[] {
  if (v.node.max >= 0) return [];
  const name = itemName(rowLabel(v));
  return [{
    rule: 'invalid-value',
    ...at(v),
    column: 'max',
    stated: toDecimalString(v.node.max),
    computed: null,
    severity: 'error',
    message: { vi: `${name.vi}: điểm tối đa không được âm (${both(v.node.max).vi})`, en: `${name.en}: max must not be negative (${both(v.node.max).en})` },
  }];
}

function sumFindings(v: Visit<FrameworkNode>): Finding[] {
  const node = v.node;
  if (isLeaf(node) || node.children.every((c) => (c.kind ?? 'normal') !== 'normal')) return [];
  const computed = childrenMax(node);
  if (computed === node.max) return [];
  const name = itemName(rowLabel(v));
  const [s, c] = [both(node.max), both(computed)];
  return [{
    rule: 'sum-mismatch',
    ...at(v),
    column: 'max',
    stated: toDecimalString(node.max),
    computed: toDecimalString(computed),
    severity: 'error',
    message: {
      vi: `${name.vi}: điểm tối đa ghi ${s.vi} nhưng tổng các tiêu chí con là ${c.vi}`,
      en: `${name.en}: stated max is ${s.en} but its sub-criteria add up to ${c.en}`,
    },
  }];
}

function depthFindings(v: Visit<FrameworkNode>): Finding[] {
  // Only the first level beyond the limit: its descendants are implied.
  if (v.depth !== MAX_DEPTH + 1) return [];
  const name = itemName(rowLabel(v));
  return [{
    rule: 'depth-exceeded',
    ...at(v),
    stated: String(v.depth),
    computed: String(MAX_DEPTH),
    severity: 'error',
    message: {
      vi: `${name.vi}: nằm ở cấp ${v.depth}, vượt quá ${MAX_DEPTH} cấp cho phép (phần → lĩnh vực → tiêu chí → tiêu chí thành phần → nội dung)`,
      en: `${name.en}: at level ${v.depth}, deeper than the ${MAX_DEPTH} levels allowed (part → field → criterion → sub-criterion → item)`,
    },
  }];
}

function leafFindings(v: Visit<FrameworkNode>): Finding[] {
  const node = v.node;
  const name = itemName(rowLabel(v));
  if (!isLeaf(node)) {
    if (node.rubric === undefined) return [];
    return [{
      rule: 'invalid-value',
      ...at(v),
      severity: 'warning',
      message: {
        vi: `${name.vi}: có cách tính điểm nhưng không phải tiêu chí lá; điểm được cộng từ các tiêu chí con, cách tính điểm này bị bỏ qua`,
        en: `${name.en}: has a rubric but is not a leaf; its points are the sum of its children and the rubric is ignored`,
      },
    }];
  }
  if (node.rubric === undefined) {
    if ((node.scoredBy ?? 'unit') !== 'unit') return [];
    return [{
      rule: 'invalid-value',
      ...at(v),
      severity: 'warning',
      message: {
        vi: `${name.vi}: đơn vị tự chấm nhưng chưa có cách tính điểm; chỉ chấm được bằng nhập tay`,
        en: `${name.en}: scored by the unit but has no rubric; it can only be scored by hand`,
      },
    }];
  }
  // The rubric checks speak about the rubric alone; say which item it is, and add the id.
  return checkRubric(node).map((f) => ({
    ...f,
    nodeId: node.id,
    message: { vi: `${name.vi}: ${f.message.vi}`, en: `${name.en}: ${f.message.en}` },
  }));
}

function totalFindings(fw: Framework): Finding[] {
  if (fw.statedMax === undefined) return [];
  const computed: Points = topLevelMax(fw.nodes);
  if (computed === fw.statedMax) return [];
  const [s, c] = [both(fw.statedMax), both(computed)];
  return [{
    rule: 'total-mismatch',
    code: null,
    column: 'max',
    stated: toDecimalString(fw.statedMax),
    computed: toDecimalString(computed),
    severity: 'error',
    message: {
      vi: `Tổng điểm tối đa ghi ${s.vi} nhưng tổng các mục cấp cao nhất là ${c.vi}`,
      en: `The stated total max is ${s.en} but the top-level items add up to ${c.en}`,
    },
  }];
}

function bandFindings(fw: Framework): Finding[] {
  const findings: Finding[] = [];
  const seen = new Map<number, string>();
  for (const band of fw.bands) {
    const pct = `${band.minIndex / 100}`;
    if (!Number.isSafeInteger(band.minIndex) || band.minIndex < 0 || band.minIndex > 10_000) {
      findings.push({
        rule: 'invalid-value', code: null, stated: pct, computed: null, severity: 'error',
        message: { vi: `Xếp loại "${band.label.vi}": ngưỡng ${pct}% phải trong khoảng 0–100%`, en: `Classification "${band.label.en}": threshold ${pct}% must be within 0–100 %` },
      });
    }
    const other = seen.get(band.minIndex);
    if (other !== undefined) {
      findings.push({
        rule: 'band-overlap', code: null, stated: pct, computed: null, severity: 'error',
        message: { vi: `Xếp loại "${band.label.vi}" và "${other}" cùng bắt đầu từ ${pct}%`, en: `Classifications "${band.label.en}" and "${other}" both start at ${pct}%` },
      });
    }
    seen.set(band.minIndex, band.label.vi);
  }
  return findings;
}
