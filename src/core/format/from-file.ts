import type { ClassificationBand, Framework, FrameworkNode } from '../framework';
import { parsePoints } from '../points';
import type { Rubric } from '../rubric/types';
import { qualifyCode } from '../tree';
import type { SurveySettings } from '../survey/settings';
import type { FrameworkFile, NodeFile, RubricFile, SurveyFile } from './schema';

/**
 * A schema-checked file → core types. Cannot fail: every value was checked by the schema.
 * Points become exact integers (parsePoints), percentages hundredths of a percent.
 */

/** 95 → 9500, "99,5" → 9950. */
export function percentToHundredths(v: string | number): number {
  return parsePoints(v) / 100;
}

export function codeText(code: string | number | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  const s = String(code).trim();
  return s === '' ? null : s;
}

/** A level's default id is its position, so "level: 2" means the second level. */
export function defaultLevelId(index: number): string {
  return String(index + 1);
}

function fromRubric(r: RubricFile): Rubric {
  switch (r.type) {
    case 'levels':
      return { type: 'levels', levels: r.levels.map((l, i) => ({ ...optLabel(l), id: l.id ?? defaultLevelId(i), points: parsePoints(l.points) })) };
    case 'checklist':
      return { type: 'checklist', items: r.items.map((l, i) => ({ ...optLabel(l), id: l.id ?? defaultLevelId(i), points: parsePoints(l.points) })) };
    case 'deadline':
      return {
        type: 'deadline',
        ...(r.deadline !== undefined && { deadline: r.deadline }),
        tiers: r.tiers.map((t) => ({ maxDaysLate: t.maxDaysLate, points: parsePoints(t.points), ...optLabel(t) })),
        missingPoints: parsePoints(r.missingPoints),
        ...(r.missingLabel !== undefined && { missingLabel: r.missingLabel }),
      };
    case 'percent-bands':
      return {
        type: 'percent-bands',
        bands: r.bands.map((b) => ({
          from: b.from === undefined || b.from === null ? null : percentToHundredths(b.from),
          ...(b.fromExclusive !== undefined && { fromExclusive: b.fromExclusive }),
          to: b.to === undefined || b.to === null ? null : percentToHundredths(b.to),
          ...(b.toInclusive !== undefined && { toInclusive: b.toInclusive }),
          points: parsePoints(b.points),
          ...optLabel(b),
        })),
      };
    case 'proportional':
      return { type: 'proportional', ...(r.step !== undefined && { step: parsePoints(r.step) }) };
    case 'manual':
      return { type: 'manual', ...(r.step !== undefined && { step: parsePoints(r.step) }) };
    case 'deduction':
      return {
        type: 'deduction',
        perItem: parsePoints(r.perItem),
        ...(r.floor !== undefined && { floor: parsePoints(r.floor) }),
        ...(r.itemLabel !== undefined && { itemLabel: r.itemLabel }),
      };
    case 'count':
      return {
        type: 'count',
        perItem: parsePoints(r.perItem),
        ...(r.cap !== undefined && { cap: parsePoints(r.cap) }),
        ...(r.itemLabel !== undefined && { itemLabel: r.itemLabel }),
      };
    case 'share-of-max':
      return {
        type: 'share-of-max',
        levels: r.levels.map((l, i) => ({ id: l.id ?? defaultLevelId(i), ...optLabel(l), share: percentToHundredths(l.share) })),
      };
    case 'yes-no':
      return {
        type: 'yes-no',
        ...(r.yesLabel !== undefined && { yesLabel: r.yesLabel }),
        ...(r.noLabel !== undefined && { noLabel: r.noLabel }),
        ...(r.yes !== undefined && { yes: parsePoints(r.yes) }),
        ...(r.no !== undefined && { no: parsePoints(r.no) }),
      };
  }
}

/** Answer codes are text ("A", "1"); YAML reads an unquoted 1 as a number. */
function fromSurvey(f: SurveyFile): SurveySettings {
  const out: SurveySettings = {};
  if (f.answers !== undefined) {
    out.answers = f.answers.map((a) => ({
      answer: String(a.answer).trim(),
      ...(a.label !== undefined && { label: a.label }),
      ...(a.labelEn !== undefined && { labelEn: a.labelEn }),
      share: percentToHundredths(a.share),
    }));
  }
  if (f.groups !== undefined) {
    out.groups = f.groups.map((g) => ({
      name: g.name,
      ...(g.nameEn !== undefined && { nameEn: g.nameEn }),
      ...(g.weight !== undefined && { weight: parsePoints(g.weight) }),
    }));
  }
  if (f.step !== undefined) out.step = parsePoints(f.step);
  if (f.note !== undefined) out.note = f.note;
  return out;
}

function optLabel(l: { label: string; labelEn?: string | undefined }): { label: string; labelEn?: string } {
  return l.labelEn === undefined ? { label: l.label } : { label: l.label, labelEn: l.labelEn };
}

function fromNode(n: NodeFile, parent: { qualified: string; code: string | null } | null, index: number): FrameworkNode {
  const code = codeText(n.code);
  const qualified = qualifyCode(parent, code, index);
  const here = { qualified, code };
  const node: FrameworkNode = {
    id: n.id ?? qualified,
    code,
    name: n.name,
    max: parsePoints(n.max),
    children: (n.children ?? []).map((c, i) => fromNode(c, here, i)),
  };
  // Optional fields are copied only when present, so that serialize → parse is an identity.
  if (n.nameEn !== undefined) node.nameEn = n.nameEn;
  if (n.kind !== undefined) node.kind = n.kind;
  if (n.rubric !== undefined) node.rubric = fromRubric(n.rubric);
  if (n.evidence !== undefined) node.evidence = n.evidence;
  if (n.appraisingDepartment !== undefined) node.appraisingDepartment = n.appraisingDepartment;
  if (n.scoredBy !== undefined) node.scoredBy = n.scoredBy;
  if (n.naAllowed !== undefined) node.naAllowed = n.naAllowed;
  if (n.naPolicy !== undefined) node.naPolicy = n.naPolicy;
  if (n.survey !== undefined) node.survey = fromSurvey(n.survey);
  if (n.note !== undefined) node.note = n.note;
  return node;
}

export function fromFile(f: FrameworkFile): Framework {
  const bands: ClassificationBand[] = f.bands.map((b) => ({ code: b.code, label: { vi: b.label.vi, en: b.label.en }, minIndex: percentToHundredths(b.from) }));
  const fw: Framework = {
    formatVersion: 1,
    id: f.id,
    name: f.name,
    unitType: f.unitType,
    year: f.year,
    version: String(f.version),
    naPolicy: f.naPolicy,
    bands,
    nodes: f.nodes.map((n, i) => fromNode(n, null, i)),
  };
  if (f.totalMax !== undefined) fw.statedMax = parsePoints(f.totalMax);
  if (f.source !== undefined) fw.source = f.source;
  if (f.survey !== undefined) fw.survey = fromSurvey(f.survey);
  if (f.repairs !== undefined) fw.repairs = f.repairs;
  return fw;
}
