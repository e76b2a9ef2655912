import type { NaPolicy, NodeKind, ScoredBy } from '../framework';
import type { Points } from '../points';
import type { Bilingual } from '../text';

/**
 * The virtual root above the framework's top-level nodes. The unit's total and its index are
 * the root's (DOMAIN §4: "The unit's index is the root's").
 */
export const ROOT_ID = '$root';

/** What one unit has on one leaf: its own score, the council's, the survey's, or N/A. */
export interface LeafScore {
  nodeId: string;
  /** Tự chấm: the unit's self-score (leaves scored by the unit). */
  self?: Points | null;
  /** Điểm thẩm định: the appraisal council's score. */
  appraisal?: Points | null;
  /** Survey result (leaves with scoredBy 'survey'), already in points. */
  survey?: Points | null;
  /** Không phát sinh: not applicable, always with a reason. */
  na?: { reason: string } | null;
}

export type ScoreField = 'self' | 'appraisal' | 'survey' | 'na' | 'nodeId';

/** A score that could not be used. Returned, never thrown; the score is then ignored. */
export interface AggregateIssue {
  nodeId: string;
  field: ScoreField;
  message: Bilingual;
}

export interface AggregateOptions {
  /**
   * Highest index any node may show, hundredths of a percent. Default 10 000 (100 %): bonus
   * points raise the total but the index is capped, as national and provincial sets do unless
   * they say otherwise. null = no cap (a set that lets bonus push the index past 100 %).
   * Every index is also floored at 0, since penalties can push points below zero.
   */
  indexCap?: number | null;
}

export interface NodeCounts {
  /** Leaves under the node (1 for a leaf). */
  leaves: number;
  /** Leaves with a usable self-score (N/A leaves in the self view count too). */
  selfScored: number;
  appraised: number;
  surveyed: number;
  /** Leaves whose final points are known (appraised, surveyed or N/A). */
  decided: number;
  na: number;
  /** Leaves still waiting for a final score: leaves − decided. */
  pending: number;
}

/**
 * One node of one unit's assessment. Points of a node are in the node's own direction: a
 * penalty leaf holds the deduction as a positive number, and a parent adds its children with
 * sign +1, or −1 for a penalty child under a non-penalty parent (see compile.ts). So:
 *   parent.self  = Σ sign(child) × child.self   (missing children count 0)
 *   parent.final = Σ sign(child) × child.final
 */
export interface NodeResult {
  nodeId: string;
  code: string | null;
  name: string;
  /** 0 for the root, 1 for top-level nodes. */
  depth: number;
  isLeaf: boolean;
  /** Effective kind: inherited from the nearest bonus/penalty ancestor. */
  kind: NodeKind;
  /** Leaves only: who scores it. */
  scoredBy: ScoredBy | null;
  /** Leaves only: the N/A policy that applies (node's own, else nearest ancestor's, else the set's). */
  naPolicy: NaPolicy | null;
  /**
   * The maximum printed in the set (at the root: the set's stated grand total, else `max`). May
   * disagree with `max`; the validator reports that, and the index always uses the leaves' sum.
   */
  statedMax: Points;
  /** Σ of the maxima of the leaves that count toward this node (same kind), before N/A. */
  max: Points;
  /** `max` without the N/A leaves excluded by policy 'exclude'. The index divides by this. */
  applicableMax: Points;
  /** applicableMax over the leaves the unit scores itself: the denominator of the self index. */
  selfApplicableMax: Points;
  self: Points | null;
  appraisal: Points | null;
  survey: Points | null;
  /** The points that count; null while nothing under the node is decided. */
  final: Points | null;
  /** Points lost on decided leaves: applicableMax − final (normal), the deduction (penalty), 0 (bonus). */
  lost: Points | null;
  /** Hundredths of a percent, clamped to [0, indexCap]; null when nothing to divide. */
  selfIndex: number | null;
  finalIndex: number | null;
  /** Leaves only: the N/A reason when marked not applicable. */
  naReason: string | null;
  counts: NodeCounts;
}

export interface AssessmentResult {
  frameworkId: string;
  /** True when every score was usable. */
  ok: boolean;
  errors: AggregateIssue[];
  root: NodeResult;
  /** undefined for an unknown id. */
  node(nodeId: string): NodeResult | undefined;
  /** Every node including the root, parents before children, in the set's order. */
  nodes(): NodeResult[];
}
