import type { Points } from '../points';
import type { Bilingual } from '../text';

/**
 * Rubric rules (cách tính điểm): what a leaf criterion asks the unit to declare and how that
 * declaration becomes points. Every level keeps the criteria set's original wording in `label`.
 * Percentages are integers in hundredths of a percent (95 % = 9500); days are whole days.
 */
export type Rubric =
  | LevelsRubric
  | DeadlineRubric
  | PercentBandsRubric
  | ProportionalRubric
  | DeductionRubric
  | CountRubric
  | ChecklistRubric
  | ShareOfMaxRubric
  | YesNoRubric
  | ManualRubric;

export type RubricType = Rubric['type'];

export interface Level {
  id: string;
  label: string;
  labelEn?: string;
  points: Points;
}

/** Choice of levels: "identified all tasks: 1; some: 0,5; none: 0". */
export interface LevelsRubric {
  type: 'levels';
  levels: Level[];
}

/**
 * Deadline tiers: the document's date compared with a deadline. A tier applies when the
 * document is late by at most `maxDaysLate` days (0 = on time; null = any delay). Missing
 * document ("không ban hành") scores `missingPoints`.
 */
export interface DeadlineRubric {
  type: 'deadline';
  /**
   * ISO date (YYYY-MM-DD), or a yearly "MM-DD" that falls in the year the period's data window
   * ends ("trước ngày 10/01 hằng năm" = "01-10"); a period may supply it instead.
   */
  deadline?: string;
  tiers: { maxDaysLate: number | null; points: Points; label: string; labelEn?: string }[];
  missingPoints: Points;
  missingLabel?: string;
}

/** A band "từ X đến dưới Y": from ≤ v < to. null = unbounded; `toInclusive` for "đến Y" at the top. */
export interface PercentBand {
  from: number | null;
  to: number | null;
  /** "trên X%" (strictly above X): from < v instead of from ≤ v. */
  fromExclusive?: boolean;
  toInclusive?: boolean;
  points: Points;
  label: string;
  labelEn?: string;
}

/** Percentage bands from numerator and denominator. */
export interface PercentBandsRubric {
  type: 'percent-bands';
  bands: PercentBand[];
}

/** points = max × numerator ÷ denominator, rounded to `step` (default 0,01) half-up. */
export interface ProportionalRubric {
  type: 'proportional';
  step?: Points;
}

/** Each failure deducts `perItem` from the max, never below `floor` (default 0). */
export interface DeductionRubric {
  type: 'deduction';
  perItem: Points;
  floor?: Points;
  itemLabel?: string;
}

/** Each counted item earns `perItem`, capped at `cap` (default: the node's max). */
export interface CountRubric {
  type: 'count';
  perItem: Points;
  cap?: Points;
  itemLabel?: string;
}

/** Which items hold; each earns its points. */
export interface ChecklistRubric {
  type: 'checklist';
  items: Level[];
}

/** Levels worth a share of the max: "excellent: max; good: 75 %; done: 50 %". share in hundredths of a percent. */
export interface ShareOfMaxRubric {
  type: 'share-of-max';
  levels: { id: string; label: string; labelEn?: string; share: number }[];
}

/** Yes / no: "issued: max; not issued: 0". Defaults: yes = max, no = 0. */
export interface YesNoRubric {
  type: 'yes-no';
  yesLabel?: string;
  noLabel?: string;
  yes?: Points;
  no?: Points;
}

/** Judgement within [0, max] in multiples of `step` (default 0,25). */
export interface ManualRubric {
  type: 'manual';
  step?: Points;
}

/** What a unit (or an appraiser) declares for one leaf. */
export type RubricInput =
  | { type: 'level'; level: string }
  | { type: 'date'; date: string | null } // ISO date; null = document not issued
  | { type: 'ratio'; numerator: number; denominator: number }
  | { type: 'count'; count: number }
  | { type: 'checklist'; checked: string[] }
  | { type: 'yes-no'; value: boolean }
  | { type: 'manual'; points: Points };

/** Context the rule needs besides the input. */
export interface RubricContext {
  max: Points;
  /** Data window of the period, ISO dates, for date checks. */
  periodStart?: string;
  periodEnd?: string;
  /** Deadline supplied by the period when the rubric has none. */
  deadline?: string;
}

export interface InputError extends Bilingual {
  /** Which part of the input is wrong: 'numerator', 'denominator', 'date', 'count', 'level', 'points', 'input'. */
  field: string;
}

export type RubricResult =
  | { ok: true; points: Points; explanation: Bilingual }
  | { ok: false; errors: InputError[] };
