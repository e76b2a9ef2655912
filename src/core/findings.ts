import type { Bilingual } from './text';

/**
 * Rule ids of the validator. Other tools (import, the web app, scripts of provinces) rely on
 * these strings: never rename one.
 */
export type FindingRule =
  | 'sum-mismatch' // a node's stated max or score ≠ the sum of its children
  | 'total-mismatch' // a stated grand total ≠ the computed one
  | 'score-exceeds-max'
  | 'level-exceeds-max' // a rubric level worth more than its node
  | 'max-unreachable' // the best level is below the node's max
  | 'band-gap' // percentage or day bands leave values uncovered
  | 'band-overlap' // … or cover values twice
  | 'lost-mismatch' // lost ≠ max − appraisal on a row
  | 'duplicate-code'
  | 'depth-exceeded'
  | 'invalid-value'
  | 'survey-too-few-answers' // a survey scale with fewer than two answers
  | 'survey-duplicate-answer' // two answers (or two respondent groups) with the same label
  | 'survey-best-below-full'; // no answer is worth 100 % and the set does not say why

/** Which figure of a row a finding is about. */
export type FindingColumn = 'max' | 'self' | 'appraisal' | 'survey' | 'lost';

export interface Finding {
  rule: FindingRule;
  /** The node's code as printed ("1.2"), or null for uncoded rows and the grand total. */
  code: string | null;
  /**
   * The node's id (framework) or qualified code (report, e.g. "II.6") when the finding is about
   * one node: printed codes repeat across parts (I.1 and II.1 both print "1").
   */
  nodeId?: string;
  message: Bilingual;
  column?: FindingColumn;
  /** Figures as exact decimal strings in points ("22", "0.75") or, for bands, percentages ("80"). */
  stated?: string | null;
  computed?: string | null;
  severity: 'error' | 'warning';
}
