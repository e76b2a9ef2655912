import type { NaPolicy, NodeKind, ScoredBy } from '../framework';
import { msg } from './messages';
import type { AggregateIssue, LeafScore, ScoreField } from './types';

/**
 * The rules for one leaf of one unit, shared by the fast compiled pass and the readable
 * reference implementation so both agree by construction on what a score means.
 *
 * - self: only on leaves the unit scores (scoredBy 'unit', the default).
 * - appraisal: on any leaf; survey: only on survey-scored leaves.
 * - final (the points that count): survey-scored leaves take the survey score, or the
 *   appraisal when no survey result was imported; every other leaf takes the appraisal.
 *   A leaf with only a self-score has final = null ("chưa thẩm định", not yet appraised):
 *   it counts 0 in the final index, which is provisional while `pending` > 0. The self index
 *   shows what the unit claimed.
 * - N/A ("không phát sinh") needs a non-empty reason and is one decision for the leaf: it
 *   cannot also carry scores. Its value follows the policy: 'exclude' → 0 of 0 (out of the
 *   max), 'full' → max of max, 'zero' → 0 of max. On bonus and penalty leaves N/A is always
 *   0 points (no bonus, no deduction): "full marks" there would hand out points for nothing.
 * - lost: applicableMax − final on normal leaves, the deduction itself on penalty leaves,
 *   0 on bonus leaves (a bonus not earned is not a loss to remedy).
 * Unusable scores (not integers, negative, above the max, wrong field) become issues and are
 * ignored; nothing here throws.
 */
export interface LeafSpec {
  nodeId: string;
  /** How messages name the node: its code, else its id. */
  label: string;
  max: number;
  kind: NodeKind;
  scoredBy: ScoredBy;
  naPolicy: NaPolicy;
  naAllowed: boolean;
}

/** Reused between calls by the fast path, so no allocation per leaf. */
export interface LeafOut {
  applicableMax: number;
  selfApplicableMax: number;
  self: number;
  hasSelf: boolean;
  appraisal: number;
  hasAppraisal: boolean;
  survey: number;
  hasSurvey: boolean;
  final: number;
  hasFinal: boolean;
  lost: number;
  naReason: string | null;
}

export function newLeafOut(): LeafOut {
  return {
    applicableMax: 0,
    selfApplicableMax: 0,
    self: 0,
    hasSelf: false,
    appraisal: 0,
    hasAppraisal: false,
    survey: 0,
    hasSurvey: false,
    final: 0,
    hasFinal: false,
    lost: 0,
    naReason: null,
  };
}

/** Resets `out` to an unscored leaf. */
export function resetLeaf(spec: LeafSpec, out: LeafOut): void {
  out.applicableMax = spec.max;
  out.selfApplicableMax = spec.scoredBy === 'unit' ? spec.max : 0;
  out.self = 0;
  out.hasSelf = false;
  out.appraisal = 0;
  out.hasAppraisal = false;
  out.survey = 0;
  out.hasSurvey = false;
  out.final = 0;
  out.hasFinal = false;
  out.lost = 0;
  out.naReason = null;
}

function usable(spec: LeafSpec, field: ScoreField, v: unknown, issues: AggregateIssue[]): v is number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
    issues.push({ nodeId: spec.nodeId, field, message: msg.notANumber(spec.label, field, v) });
    return false;
  }
  if (v < 0) {
    issues.push({ nodeId: spec.nodeId, field, message: msg.negative(spec.label, field, v) });
    return false;
  }
  if (v > spec.max) {
    issues.push({ nodeId: spec.nodeId, field, message: msg.aboveMax(spec.label, field, v, spec.max) });
    return false;
  }
  return true;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** Applies one LeafScore to a freshly reset `out`. */
export function evaluateLeaf(spec: LeafSpec, score: LeafScore, out: LeafOut, issues: AggregateIssue[]): void {
  if (present(score.na) && applyNa(spec, score, out, issues)) return;

  if (present(score.self)) {
    if (spec.scoredBy !== 'unit') {
      issues.push({ nodeId: spec.nodeId, field: 'self', message: msg.selfNotExpected(spec.label, spec.scoredBy) });
    } else if (usable(spec, 'self', score.self, issues)) {
      out.self = score.self;
      out.hasSelf = true;
    }
  }
  if (present(score.appraisal) && usable(spec, 'appraisal', score.appraisal, issues)) {
    out.appraisal = score.appraisal;
    out.hasAppraisal = true;
  }
  if (present(score.survey)) {
    if (spec.scoredBy !== 'survey') {
      issues.push({ nodeId: spec.nodeId, field: 'survey', message: msg.surveyNotExpected(spec.label) });
    } else if (usable(spec, 'survey', score.survey, issues)) {
      out.survey = score.survey;
      out.hasSurvey = true;
    }
  }

  if (spec.scoredBy === 'survey' && out.hasSurvey) {
    out.final = out.survey;
    out.hasFinal = true;
  } else if (out.hasAppraisal) {
    out.final = out.appraisal;
    out.hasFinal = true;
  }
  if (out.hasFinal) out.lost = lostOf(spec.kind, out.applicableMax, out.final);
}

/** Returns true when the N/A mark was accepted (the leaf is then fully decided). */
function applyNa(spec: LeafSpec, score: LeafScore, out: LeafOut, issues: AggregateIssue[]): boolean {
  const raw: unknown = score.na?.reason;
  const reason = typeof raw === 'string' ? raw.trim() : '';
  if (!spec.naAllowed) {
    issues.push({ nodeId: spec.nodeId, field: 'na', message: msg.naNotAllowed(spec.label) });
    return false;
  }
  if (reason === '') {
    issues.push({ nodeId: spec.nodeId, field: 'na', message: msg.naWithoutReason(spec.label) });
    return false;
  }
  if (present(score.self) || present(score.appraisal) || present(score.survey)) {
    // The N/A decision stands; the scores beside it are reported and ignored.
    issues.push({ nodeId: spec.nodeId, field: 'na', message: msg.naWithScores(spec.label) });
  }
  const normal = spec.kind === 'normal';
  const value = normal && spec.naPolicy === 'full' ? spec.max : 0;
  out.applicableMax = spec.naPolicy === 'exclude' ? 0 : spec.max;
  const inSelfView = spec.scoredBy === 'unit';
  out.selfApplicableMax = inSelfView ? out.applicableMax : 0;
  if (inSelfView) {
    out.self = value;
    out.hasSelf = true;
  }
  out.final = value;
  out.hasFinal = true;
  out.lost = lostOf(spec.kind, out.applicableMax, value);
  out.naReason = reason;
  return true;
}

function lostOf(kind: NodeKind, applicableMax: number, final: number): number {
  switch (kind) {
    case 'normal':
      return applicableMax - final;
    case 'penalty':
      return final;
    case 'bonus':
      return 0;
  }
}
